// @name explorer-neighbors
// @title Explorer: one page of a node's neighbours
// @description One hop from a node, filtered by relationship type, neighbour label and
// @description direction (all passed as parameters: `type(r) IN $types`), in a stable order
// @description (type, direction, neighbour label, name, relationship id) so pages do not overlap.
// @description Returns the total number of matching relationships and one page of them.
// @param eid string - element id of the centre node
// @param types list = [] - relationship types to keep; empty keeps all
// @param labels list = [] - labels of the neighbour to keep; empty keeps all
// @param direction string = "both" - out, in or both
// @param modelLabels list - model labels, most specific first (to name a neighbour's label)
// @param offset integer = 0 - first relationship of the page
// @param limit integer = 50 - relationships in the page
// @returns n node
// @returns total integer
// @returns page {r: relationship, m: node}[]
MATCH (n)
WHERE elementId(n) = $eid
MATCH (n)-[r]-(m)
WITH DISTINCT n, r, m, startNode(r) = n AS out
WHERE (size($types) = 0 OR type(r) IN $types)
  AND (size($labels) = 0 OR any(l IN labels(m) WHERE l IN $labels))
  AND ($direction = 'both' OR ($direction = 'out') = out)
WITH n, r, m, out,
     coalesce([l IN $modelLabels WHERE l IN labels(m)][0], labels(m)[0], 'Node') AS label
ORDER BY type(r), out DESC, label, coalesce(m.name, m.title, m.id), coalesce(r.id, elementId(r))
WITH n, collect({r: r, m: m}) AS rows
RETURN n, size(rows) AS total, rows[$offset..$offset + $limit] AS page
