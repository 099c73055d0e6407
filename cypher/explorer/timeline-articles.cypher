// @name explorer-timeline-articles
// @title Explorer: articles by publication date
// @description Every article with its title, publication date and the events it reports,
// @description ascending by date; undated articles come too (published null).
// @param from string = null - ISO date, dated articles on or after it
// @param to string = null - ISO date, dated articles on or before it
MATCH (a:Article)
WHERE a.published IS NULL
   OR (($from IS NULL OR a.published >= date($from)) AND ($to IS NULL OR a.published <= date($to)))
RETURN a {.id, .title, .published} AS article,
       COLLECT { MATCH (e:Event)-[:REPORTED_IN]->(a) RETURN e.id ORDER BY e.date, e.id } AS events
ORDER BY a.published, a.id
