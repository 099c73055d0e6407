/**
 * `GET /api/timeline`: events by date and, separately, articles by publication date (an
 * article's date is when it was published, not when the event happened), with the range of
 * each, for the client's date filter. Dates leave Neo4j as DATE values and become ISO strings
 * here.
 */
import type { CypherLibrary } from '../../platform/cypher/loader';
import { readStatement, type Db } from '../../platform/neo4j/db';
import { toPlain, type Plain } from '../../platform/neo4j/values';
import {
  TimelineQuery,
  type DateRange,
  type TimelineArticle,
  type TimelineEvent,
  type TimelineResponse,
} from '../../api/explorer';
import { parseQuery, type Query } from '../http/request-schema';
import { checkDateRange } from './params';

const str = (value: Plain | undefined): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

function rangeOf(dates: string[]): DateRange {
  const sorted = [...dates].sort();
  return { min: sorted[0] ?? null, max: sorted[sorted.length - 1] ?? null };
}

export async function timeline(
  db: Db,
  cypher: CypherLibrary,
  query: Query,
): Promise<TimelineResponse> {
  const op = 'timeline';
  const { from, to } = checkDateRange(op, await parseQuery(op, TimelineQuery, query));
  const params = { from: from ?? null, to: to ?? null };
  const eventRecords = await readStatement(db, cypher.get('explorer-timeline-events'), params);
  const articleRecords = await readStatement(db, cypher.get('explorer-timeline-articles'), params);

  const events: TimelineEvent[] = [];
  let undatedEvents = 0;
  for (const record of eventRecords) {
    const e = toPlain(record.get('event')) as Record<string, Plain>;
    const date = str(e.date);
    if (!date) {
      undatedEvents++;
      continue;
    }
    const id = str(e.id) ?? '';
    events.push({
      id,
      name: str(e.name) ?? id,
      kind: str(e.kind),
      date,
      city: str(e.city),
      venue: str(e.venue),
      speakers: toPlain(record.get('speakers')) as number,
    });
  }
  const articles: TimelineArticle[] = [];
  let undatedArticles = 0;
  for (const record of articleRecords) {
    const a = toPlain(record.get('article')) as Record<string, Plain>;
    const published = str(a.published);
    if (!published) {
      undatedArticles++;
      continue;
    }
    const id = str(a.id) ?? '';
    articles.push({
      id,
      title: str(a.title) ?? id,
      published,
      events: (toPlain(record.get('events')) as string[]) ?? [],
    });
  }
  return {
    events,
    articles,
    undated: { events: undatedEvents, articles: undatedArticles },
    range: {
      events: rangeOf(events.map((e) => e.date)),
      articles: rangeOf(articles.map((a) => a.published)),
      all: rangeOf([...events.map((e) => e.date), ...articles.map((a) => a.published)]),
    },
  };
}
