// @name explorer-timeline-events
// @title Explorer: events by date
// @description Every event with its date, kind, city, venue and number of speakers, ascending by
// @description date; undated events come too (date null) so the caller can count them.
// @param from string = null - ISO date, dated events on or after it
// @param to string = null - ISO date, dated events on or before it
MATCH (e:Event)
WHERE e.date IS NULL
   OR (($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to)))
RETURN e {.id, .name, .kind, .date, .city, .venue} AS event,
       COUNT { (e)<-[:SPOKE_AT]-(:Person) } AS speakers
ORDER BY e.date, e.id
