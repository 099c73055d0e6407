/**
 * `GET /api/search/text`: full-text search over what was said and written, beside the name
 * search of search.ts: claims by their text and verbatim quote (the `claim_text` index), each
 * with who claimed it, where and in which article, and articles by their text (`article_text`).
 * The same escaped Lucene query as the name search (lucene.ts); the words that matched come
 * back as spans of a snippet (snippet.ts), so the client marks them without parsing HTML.
 */
import { int } from 'neo4j-driver';
import type { CypherLibrary } from '../../platform/cypher/loader';
import { readStatement, type Db } from '../../platform/neo4j/db';
import { toPlain } from '../../platform/neo4j/values';
import {
  TextSearchQuery,
  type ArticleHit,
  type ClaimHit,
  type TextSearchResponse,
} from '../../api/explorer';
import { parseQuery, type Query } from '../http/request-schema';
import { buildLuceneQuery } from './lucene';
import { matchSpans, snippet } from './snippet';

type Ref = { id: string; name: string | null } | null;

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export async function textSearch(
  db: Db,
  cypher: CypherLibrary,
  query: Query,
): Promise<TextSearchResponse> {
  const { q, limit } = await parseQuery('search/text', TextSearchQuery, query);
  const lucene = buildLuceneQuery(q);
  if (!lucene) return { q, claims: [], articles: [] };
  const [claimRecords, articleRecords] = await Promise.all([
    readStatement(db, cypher.get('explorer-search-claims'), { query: lucene, limit: int(limit) }),
    readStatement(db, cypher.get('explorer-search-articles'), {
      query: lucene,
      limit: int(Math.max(1, Math.ceil(limit / 2))),
    }),
  ]);
  const claims: ClaimHit[] = claimRecords.map((record) => {
    const quote = text(record.get('quote'));
    const claim = text(record.get('text'));
    // The quote is what was said: show it when it holds a match, else the claim's own text.
    const shown = quote && matchSpans(quote, q).length ? quote : claim || quote;
    const speaker = toPlain(record.get('speaker')) as Ref;
    const event = toPlain(record.get('event')) as {
      id: string;
      name: string | null;
      date: string | null;
    } | null;
    const article = toPlain(record.get('article')) as { id: string; title: string | null } | null;
    return {
      id: record.get('id'),
      snippet: snippet(shown, q),
      score: record.get('score'),
      speaker: speaker ? { id: speaker.id, name: speaker.name ?? speaker.id } : null,
      event: event ? { id: event.id, name: event.name ?? event.id, date: event.date } : null,
      article: article ? { id: article.id, name: article.title ?? article.id } : null,
    };
  });
  const articles: ArticleHit[] = articleRecords.map((record) => ({
    id: record.get('id'),
    title: text(record.get('title')) || record.get('id'),
    published: record.get('published')?.toString() ?? null,
    site: record.get('site') ?? null,
    snippet: snippet(text(record.get('text')), q),
    score: record.get('score'),
  }));
  return { q, claims, articles };
}
