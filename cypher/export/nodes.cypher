// @name export-nodes
// @title Export: nodes by element id
// @description The nodes, in the order given, for the export writers.
// @param eids list - Element ids
// @returns n node
UNWIND $eids AS eid
MATCH (n)
WHERE elementId(n) = eid
RETURN n
