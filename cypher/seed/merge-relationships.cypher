// @name seed-merge-relationships
// @title Merge a batch of relationships of one type between two labels
// @description Loader template: __TYPE__, __FROM__ and __TO__ are replaced by a relationship type and labels of the graph model (never by user input), so both endpoint lookups use the id constraints. Creates or updates each relationship by its id with its provenance properties. Returns how many rows found both endpoints, how many relationships were created and how many changed.
// @param rows list - [{id, from, to, properties}]
UNWIND $rows AS row
MATCH (a:__FROM__ {id: row.from})
MATCH (b:__TO__ {id: row.to})
MERGE (a)-[r:__TYPE__ {id: row.id}]->(b)
WITH r, row, properties(r) AS before
SET r += row.properties
RETURN count(*) AS rows,
       sum(CASE WHEN size(keys(before)) = 1 THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN size(keys(before)) > 1 AND before <> properties(r) THEN 1 ELSE 0 END) AS updated
