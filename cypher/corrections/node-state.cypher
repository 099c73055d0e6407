// @name correction-node-state
// @title A node of the graph model with all its relationships
// @description What a correction reads before it changes a node (and keeps, so undo can restore it): the node's labels and properties, and every relationship it has with the other end's id and labels. Matches the graph model's labels only, never a Correction or SavedQuery.
// @param id string - the node's id
// @returns labels string[]
// @returns properties map
// @returns relationships {id: string?, type: string, out: boolean, other: string?, otherLabels: string[], properties: map}[]
MATCH (n:Person|Organization|Event|Claim|Assertion|Article|Place|Topic {id: $id})
OPTIONAL MATCH (n)-[r]-(m)
RETURN labels(n) AS labels, properties(n) AS properties,
       collect(CASE WHEN r IS NULL THEN null ELSE {
         id: r.id, type: type(r), out: startNode(r) = n, other: m.id, otherLabels: labels(m),
         properties: properties(r)
       } END) AS relationships
LIMIT 1
