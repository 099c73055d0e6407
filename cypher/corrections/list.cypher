// @name corrections-list
// @title Every correction in order
// @description All :Correction nodes, oldest first (seq): the order they are applied in.
// @returns c node
MATCH (c:Correction)
RETURN c
ORDER BY c.seq
