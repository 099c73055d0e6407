// @name seed-merge-nodes
// @title Merge a batch of nodes of one label
// @description Loader template: __LABEL__ is replaced by a label of the graph model (never by user input). Creates or updates each node by its id. List properties keep every value ever loaded (an ingest adds aliases and merge records, it never drops them); dates become Neo4j DATE values; aliasesText feeds the full-text index. Returns how many nodes were created and how many changed.
// @param rows list - [{id, properties}]
UNWIND $rows AS row
MERGE (n:__LABEL__ {id: row.id})
WITH n, row, properties(n) AS before
SET n += row.properties
SET n.aliases = CASE WHEN before.aliases IS NULL THEN n.aliases
      ELSE reduce(acc = before.aliases, a IN coalesce(row.properties.aliases, []) | CASE WHEN a IN acc THEN acc ELSE acc + a END) END,
    n.titles = CASE WHEN before.titles IS NULL THEN n.titles
      ELSE reduce(acc = before.titles, t IN coalesce(row.properties.titles, []) | CASE WHEN t IN acc THEN acc ELSE acc + t END) END,
    n.merges = CASE WHEN before.merges IS NULL THEN n.merges
      ELSE reduce(acc = before.merges, m IN coalesce(row.properties.merges, []) | CASE WHEN m IN acc THEN acc ELSE acc + m END) END,
    n.date = CASE WHEN row.properties.date IS NULL THEN before.date ELSE date(row.properties.date) END,
    n.published = CASE WHEN row.properties.published IS NULL THEN before.published ELSE date(row.properties.published) END
SET n.aliasesText = CASE WHEN n.aliases IS NULL THEN null
      ELSE reduce(s = '', a IN n.aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + a) END
RETURN count(*) AS rows,
       sum(CASE WHEN size(keys(before)) = 1 THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN size(keys(before)) > 1 AND before <> properties(n) THEN 1 ELSE 0 END) AS updated
