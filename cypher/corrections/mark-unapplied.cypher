// @name corrections-mark-unapplied
// @title Mark every correction as not in effect
// @description After the extracted graph is deleted (seed --reset), no correction is in effect and no before-state holds; the next replay applies them all again.
MATCH (c:Correction)
SET c.applied = false, c.before = null
RETURN count(c) AS marked
