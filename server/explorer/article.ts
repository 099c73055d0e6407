/**
 * `GET /api/articles/:id`: an article's full text and every evidence span sourced from it, so
 * the client can open the article and highlight the sentence behind any relationship. The
 * offsets are the loader's (UTF-16 code units into `text`). Not the article's place in the
 * graph: that is its node details (node-details.ts).
 */
import { int } from 'neo4j-driver';
import type { CypherLibrary } from '../../platform/cypher/loader';
import { readStatement, type Db } from '../../platform/neo4j/db';
import { toPlain, type Plain } from '../../platform/neo4j/values';
import { notFound } from '../errors';
import type { ArticleResponse } from '../../api/explorer';
import { findNode } from './node-details';
import { primaryLabel } from '../../model/labels';
import { nodeRef } from './links';

const MAX_SPANS = 5000;

export async function articleText(
  db: Db,
  cypher: CypherLibrary,
  id: string,
): Promise<ArticleResponse> {
  const found = await findNode(db, cypher, id, 'article');
  if (!found.node.labels.includes('Article')) {
    throw notFound(
      `article: ${JSON.stringify(id)} is a ${primaryLabel(found.node.labels)}, not an Article; use GET /api/nodes/${id}`,
      { id, parameter: 'id' },
    );
  }
  const records = await readStatement(db, cypher.get('explorer-article-spans'), {
    id,
    limit: int(MAX_SPANS),
  });
  const props = found.data;
  const text = typeof props.text === 'string' ? props.text : '';
  return {
    id,
    title: typeof props.title === 'string' ? props.title : found.data.name,
    published: typeof props.published === 'string' ? props.published : null,
    dateline: typeof props.dateline === 'string' ? props.dateline : null,
    text,
    spans: records
      .map((record) => ({
        start: toPlain(record.get('start')) as number,
        end: toPlain(record.get('end')) as number,
        relationship: record.get('relationship'),
        type: record.get('type'),
        from: nodeRef(
          toPlain(record.get('fromNode')) as Record<string, Plain>,
          primaryLabel(record.get('fromLabels')),
        ),
        to: nodeRef(
          toPlain(record.get('toNode')) as Record<string, Plain>,
          primaryLabel(record.get('toLabels')),
        ),
      }))
      // Offsets beyond the text would make the client highlight nothing or the wrong thing.
      .filter((s) => s.start >= 0 && s.start < s.end && s.end <= text.length),
  };
}
