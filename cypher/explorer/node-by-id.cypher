// @name explorer-node-by-id
// @title Explorer: a node by its model id
// @description The node with this `id` under any model label. One indexed lookup per label
// @description (the uniqueness constraints), because an unlabelled `{id: $id}` match would scan.
// @param id string - the node's model id, e.g. person:rama-yade
// @returns n node
// @returns eid string
CALL () {
  MATCH (n:Person {id: $id}) RETURN n
  UNION
  MATCH (n:Organization {id: $id}) RETURN n
  UNION
  MATCH (n:Event {id: $id}) RETURN n
  UNION
  MATCH (n:Claim {id: $id}) RETURN n
  UNION
  MATCH (n:Assertion {id: $id}) RETURN n
  UNION
  MATCH (n:Article {id: $id}) RETURN n
  UNION
  MATCH (n:Place {id: $id}) RETURN n
  UNION
  MATCH (n:Topic {id: $id}) RETURN n
}
RETURN n, elementId(n) AS eid
LIMIT 1
