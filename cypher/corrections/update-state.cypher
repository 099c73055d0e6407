// @name corrections-update-state
// @title Record whether a correction is in effect
// @description After applying, reverting or failing to find a target: applied, orphaned, and the before-state undo needs.
// @param id string - the correction's id
// @param applied boolean - in effect now
// @param orphaned boolean - target missing at the last replay
// @param before string - what it replaced, as typed JSON, or null
MATCH (c:Correction {id: $id})
SET c.applied = $applied, c.orphaned = $orphaned, c.before = $before
RETURN count(c) AS updated
