// @name explorer-paths
// @title Explorer: all shortest paths between two nodes
// @description Every shortest path, in any direction, between two nodes, at most 10 hops (the
// @description pattern's bound cannot be a parameter; `$max` filters below it). $fetch caps the
// @description number of paths (ask one more than needed to know whether more existed).
// @param fromEid string - element id of the start node
// @param toEid string - element id of the end node
// @param max integer = 6 - longest path accepted
// @param fetch integer = 11 - most paths returned
MATCH (a), (b)
WHERE elementId(a) = $fromEid AND elementId(b) = $toEid
MATCH p = allShortestPaths((a)-[*..10]-(b))
WHERE length(p) <= $max
RETURN p
LIMIT $fetch
