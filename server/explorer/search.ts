/**
 * `GET /api/search`: ranked, typo-tolerant matches over names, aliases and titles from the
 * `entity_names` full-text index, with the alias that matched and one line of context for the
 * result list. The Lucene query is built from escaped words (lucene.ts); labels are checked
 * against the index's labels and passed as a list parameter.
 */
import { int } from 'neo4j-driver';
import type { CypherLibrary } from '../../platform/cypher/loader';
import { readStatement, type Db } from '../../platform/neo4j/db';
import { toPlain, type Plain } from '../../platform/neo4j/values';
import {
  SEARCH_LABELS,
  type SearchHit,
  SearchQuery,
  type SearchResponse,
} from '../../api/explorer';
import { parseQuery, type Query } from '../http/request-schema';
import { buildLuceneQuery, matchedAlias, queryWords } from './lucene';
import { shortName } from '../../model/display-name';
import { primaryLabel } from '../../model/labels';
import { strings } from './links';

function context(label: string, c: Record<string, Plain>, claims: number): string {
  const str = (key: string) => (typeof c[key] === 'string' && c[key] ? c[key] : null);
  switch (label) {
    case 'Person':
      return strings(c.titles).slice(0, 2).join('; ');
    case 'Event':
      return [str('date'), str('city')].filter(Boolean).join(' · ');
    case 'Organization':
      return str('kind') ?? '';
    case 'Article':
      return str('published') ? `published ${str('published')}` : '';
    case 'Place':
      return str('country') ?? '';
    case 'Topic':
    case 'Assertion':
      return claims ? `${claims} claim${claims === 1 ? '' : 's'}` : '';
    default:
      return '';
  }
}

export async function search(db: Db, cypher: CypherLibrary, query: Query): Promise<SearchResponse> {
  const { q, limit, labels: requested = [] } = await parseQuery('search', SearchQuery, query);
  const labels = requested.length ? requested : [...SEARCH_LABELS];
  const lucene = buildLuceneQuery(q);
  if (!lucene) return { q, hits: [] };
  const records = await readStatement(db, cypher.get('explorer-search'), {
    query: lucene,
    words: queryWords(q).filter((w) => w.length > 1),
    labels,
    candidates: int(Math.max(200, limit * 20)),
    limit: int(limit),
  });
  const hits: SearchHit[] = records.map((record) => {
    const label = primaryLabel(record.get('labels'));
    const name = record.get('name');
    return {
      id: record.get('id'),
      label,
      name: shortName(name),
      matchedAlias: matchedAlias(q, name, strings(toPlain(record.get('aliases')))),
      score: toPlain(record.get('score')) as number,
      context: context(
        label,
        toPlain(record.get('context')) as Record<string, Plain>,
        toPlain(record.get('claims')) as number,
      ),
    };
  });
  return { q, hits };
}
