// @name saved-query-list
// @title Saved queries
// @description Every saved query, by title. Built-in library queries are files, not nodes.
// @returns q node
MATCH (q:SavedQuery)
RETURN q
ORDER BY toLower(q.title), q.id
