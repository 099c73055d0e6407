// @name saved-query-update
// @title Update a saved query (optimistic concurrency)
// @description Changes the query only if its stored version is still `$version`, then bumps the
// @description version. Setting `_lock` first takes the node's write lock, so of two concurrent
// @description updates from the same version the second waits, then sees the new version and
// @description changes nothing (`applied` false): the caller answers 409 and no edit is lost.
// @param id string
// @param version integer - the version the client edited
// @param title string
// @param description string
// @param cypher string
// @param params string - JSON list of {name, type, default, description}
// @param tags list
// @returns q node
// @returns applied boolean
MATCH (q:SavedQuery {id: $id})
SET q._lock = true
WITH q, q.version = $version AS applied
REMOVE q._lock
FOREACH (_ IN CASE WHEN applied THEN [1] ELSE [] END |
  SET q.title = $title,
      q.description = $description,
      q.cypher = $cypher,
      q.params = $params,
      q.tags = $tags,
      q.updatedAt = datetime(),
      q.version = q.version + 1
)
RETURN q, applied
