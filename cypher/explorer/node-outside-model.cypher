// @name explorer-node-outside-model
// @title Explorer: a node outside the model's labels
// @description Asked only when explorer-node-by-id found nothing: a node made by hand in an
// @description external database, by its `id` property, or by the `neo4j-element:<elementId>`
// @description name the app gives nodes that lack one. The `id` match has no index to use (no
// @description label), which is why it is the fallback and not the first lookup. Saved queries
// @description are app data, not graph, and are never returned.
// @param id string - the node's id property, or neo4j-element: followed by its element id
// @param elementId string - the element id when `id` has the neo4j-element: form, else ''
// @returns n node
// @returns eid string
CALL () {
  MATCH (n)
  WHERE $elementId <> '' AND elementId(n) = $elementId
  RETURN n
  UNION
  MATCH (n)
  WHERE $elementId = '' AND n.id = $id
  RETURN n
}
WITH n
WHERE NOT n:SavedQuery
RETURN n, elementId(n) AS eid
LIMIT 1
