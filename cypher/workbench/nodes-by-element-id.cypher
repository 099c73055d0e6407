// @name workbench-nodes-by-element-id
// @title End nodes of returned relationships
// @description The workbench draws a relationship only with both of its end nodes; when a user's
// @description query returns relationships without them, this fetches them (in the same READ
// @description transaction) by Neo4j element id, which never leaves the server.
// @param elementIds list = [] - element ids of the missing nodes
MATCH (n)
WHERE elementId(n) IN $elementIds
RETURN n
