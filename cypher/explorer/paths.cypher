// @name explorer-paths
// @title Explorer: all shortest paths between two nodes
// @description Every shortest path, in any direction, between two nodes, at most 10 hops. The
// @description bound cannot be a parameter, and a length predicate would turn the shortest-path
// @description search into an exhaustive one, so the caller drops paths longer than it wants.
// @description $fetch caps the number of paths (ask one more to know whether more existed).
// @param fromEid string - element id of the start node
// @param toEid string - element id of the end node
// @param fetch integer = 11 - most paths returned
// @returns p path
MATCH (a), (b)
WHERE elementId(a) = $fromEid AND elementId(b) = $toEid
MATCH p = allShortestPaths((a)-[*..10]-(b))
RETURN p
LIMIT $fetch
