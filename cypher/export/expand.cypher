// @name export-expand
// @title Export: nodes within N hops
// @description Distinct nodes at most $hops relationships (either direction) away from the seed
// @description nodes. Variable-length bounds cannot be parameters, so each allowed depth (0-3)
// @description is its own branch and only the branch matching $hops produces rows.
// @param eids list - Element ids of the seed nodes
// @param hops integer = 0 - Depth, 0 to 3
// @returns eid string
CALL () {
  UNWIND $eids AS eid
  MATCH (n)
  WHERE elementId(n) = eid AND $hops = 0
  RETURN n
  UNION
  UNWIND $eids AS eid
  MATCH (s)-[*0..1]-(n)
  WHERE elementId(s) = eid AND $hops = 1
  RETURN n
  UNION
  UNWIND $eids AS eid
  MATCH (s)-[*0..2]-(n)
  WHERE elementId(s) = eid AND $hops = 2
  RETURN n
  UNION
  UNWIND $eids AS eid
  MATCH (s)-[*0..3]-(n)
  WHERE elementId(s) = eid AND $hops = 3
  RETURN n
}
RETURN elementId(n) AS eid
