// @name explorer-paths-by-type
// @title Explorer: all shortest paths between two nodes over chosen relationship types
// @description Like explorer-paths, but every relationship of a path has one of the given
// @description types (the user's choice: e.g. not through claims and mentions, which make
// @description meaningless bridges). The predicate over all relationships of the path is one
// @description Neo4j checks during the shortest-path search, not after it.
// @param fromEid string - element id of the start node
// @param toEid string - element id of the end node
// @param types list - relationship types a path may use
// @param fetch integer = 11 - most paths returned
// @returns p path
MATCH (a), (b)
WHERE elementId(a) = $fromEid AND elementId(b) = $toEid
MATCH p = allShortestPaths((a)-[*..10]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
RETURN p
LIMIT $fetch
