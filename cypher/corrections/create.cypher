// @name corrections-create
// @title Store a correction
// @description One analyst decision as its own :Correction node, after the last one in order (seq). Payload and before-state are JSON text (Neo4j properties hold no maps).
// @param id string - the correction's id
// @param action string - reject, confirm, set-role, rename, add-alias, merge, add-speaker, add-claim
// @param targets list - the ids it touches
// @param payload string - the request, as JSON
// @param author string - who made it
// @param createdAt string - ISO date-time
// @param applied boolean - whether it is in effect
// @param orphaned boolean - whether its target was missing
// @param before string = null - what it replaced, as typed JSON (null when not applied)
// @returns n node
OPTIONAL MATCH (c:Correction)
WITH coalesce(max(c.seq), 0) + 1 AS seq
CREATE (n:Correction {id: $id, action: $action, targets: $targets, payload: $payload,
  author: $author, createdAt: $createdAt, seq: seq, applied: $applied, orphaned: $orphaned,
  before: $before})
RETURN n
