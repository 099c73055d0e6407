// @name seed-known-entities
// @title People and organizations already in the graph
// @description What an ingest resolves new mentions against, so a new article about a known person adds to that person's node instead of creating a second one.
// @returns id string
// @returns label "Person" | "Organization"
// @returns name string
// @returns aliases string[]
MATCH (n)
WHERE n:Person OR n:Organization
RETURN n.id AS id, CASE WHEN n:Person THEN 'Person' ELSE 'Organization' END AS label,
       n.name AS name, coalesce(n.aliases, []) AS aliases
ORDER BY id
