// @name article-contents
// @title Everything one article says
// @description Every statement in the graph whose provenance is one article: who spoke where,
// @description affiliations, organizers, claims and what they are about, each with its evidence.
// @param articleId string = "article:call-for-un-commission-of-inquiry-into-irans-1988massacre" - the article's id
// @tags articles, provenance
MATCH (article:Article {id: $articleId})
MATCH (from)-[statement]->(to)
WHERE statement.source = $articleId
RETURN coalesce(from.name, from.text, from.id) AS subject, type(statement) AS relation,
       coalesce(to.name, to.title, to.text, to.id) AS object, statement.evidence AS evidence,
       statement.confidence AS confidence, statement
ORDER BY relation, subject
