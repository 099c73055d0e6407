// @name explorer-overview-periods
// @title Explorer: events per period and kind, for the summary of a large graph
// @description How many events fall in each period (the first $width characters of the ISO
// @description date: 7 for months, 10 for days) and kind, optionally only events dated within
// @description [$from, $to]. Undated events count under the period "undated".
// @param width integer = 7 - characters of the date that name the period (7: month, 10: day)
// @param from string = null - ISO date, events on or after it
// @param to string = null - ISO date, events on or before it
// @returns period string
// @returns kind string
// @returns events integer
MATCH (e:Event)
WHERE ($from IS NULL OR e.date >= date($from))
  AND ($to IS NULL OR e.date <= date($to))
WITH
  CASE
    WHEN e.date IS NULL THEN 'undated'
    ELSE substring(toString(e.date), 0, $width)
  END AS period,
  coalesce(e.kind, 'event') AS kind
RETURN period, kind, count(*) AS events
ORDER BY period, kind
