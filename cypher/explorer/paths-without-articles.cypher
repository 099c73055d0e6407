// @name explorer-paths-without-articles
// @title Explorer: all shortest paths between two nodes, not through articles
// @description Like explorer-paths, over the model's relationships except MENTIONS and
// @description REPORTED_IN, the only ones that reach Article nodes: two people named in one
// @description article would otherwise always be two hops apart. The types are in the pattern so
// @description the shortest-path search itself skips those relationships.
// @param fromEid string - element id of the start node
// @param toEid string - element id of the end node
// @param fetch integer = 11 - most paths returned
// @returns p path
MATCH (a), (b)
WHERE elementId(a) = $fromEid AND elementId(b) = $toEid
MATCH p = allShortestPaths(
  (a)-[:SPOKE_AT|AFFILIATED_WITH|ORGANIZED|HELD_IN|CLAIMED|MADE_AT|ABOUT|ASSERTS*..10]-(b)
)
RETURN p
LIMIT $fetch
