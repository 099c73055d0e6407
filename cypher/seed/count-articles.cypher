// @name seed-count-articles
// @title Number of articles in the graph
// @description Tells start-up whether the graph was ever seeded.
MATCH (a:Article)
RETURN count(a) AS articles
