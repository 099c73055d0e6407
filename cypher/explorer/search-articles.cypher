// @name explorer-search-articles
// @title Explorer: full-text search over article text
// @description Articles whose text matches, best first, with their text for the snippet the
// @description server cuts around the first matching word.
// @param query string - Lucene query (built and escaped by server/explorer/lucene.ts)
// @param limit integer = 5 - articles returned
// @returns id string
// @returns title string?
// @returns published date?
// @returns text string?
// @returns site string?
// @returns score float
CALL db.index.fulltext.queryNodes('article_text', $query, {limit: $limit})
YIELD node, score
RETURN node.id AS id, node.title AS title, node.published AS published, node.text AS text,
  node.site AS site, score
ORDER BY score DESC, id
