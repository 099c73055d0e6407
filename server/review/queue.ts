/**
 * The review queue (`GET /api/review`): what an analyst should look at first, lowest confidence
 * first. Speaker and claim edges and articles marked needsReview come ranked and cut from one
 * Cypher statement; the unsure merges come from the merge records on people and organizations
 * (JSON texts Cypher cannot read, so they are expanded here, model/merge-records.ts) and are
 * ranked in with them. A merge record confirmed (by confirm-merge, or with its whole node by
 * confirm), or one the resolver had no doubt about (REVIEW_MERGES_BELOW), is left out; a split
 * removes its record. Not how a decision is applied
 * (platform/corrections).
 */
import type { AppDeps } from '../app';
import { readStatement } from '../../platform/neo4j/db';
import { toPlain } from '../../platform/neo4j/values';
import type { MergeEvidence, ReviewItem, ReviewResponse } from '../../api/corrections';
import { MERGE_REASONS, REVIEW_MERGES_BELOW, decodeMergeRecords } from '../../model/merge-records';

interface MergeRow {
  id: string;
  label: 'Person' | 'Organization';
  name: string | null;
  merges: string[];
  version: number;
  curation: string | null;
  articles: { id: string; title: string | null; evidence: string | null }[];
}

/** The unsure, undecided merge records of some nodes, as review items. */
export function mergeItems(rows: readonly MergeRow[]): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const row of rows) {
    // An analyst who confirmed the node as a whole confirmed its spellings with it.
    if (row.curation === 'confirmed') continue;
    const known = new Map(row.articles.map((a) => [a.id, a]));
    const article = (id: string) => known.get(id) ?? { id, title: null, evidence: null };
    for (const record of decodeMergeRecords(row.merges)) {
      if (record.confirmedBy !== undefined || record.confidence >= REVIEW_MERGES_BELOW) continue;
      const articles = record.articles.map(article);
      const merge: MergeEvidence = {
        node: row.id,
        label: row.label,
        name: row.name ?? row.id,
        spelling: record.spelling,
        with: record.with,
        reason: record.reason,
        says: MERGE_REASONS[record.reason].says,
        articles,
        withArticles: record.withArticles.map(article),
        splitArticles: record.splitArticles,
      };
      const first = articles.find((a) => a.evidence) ?? articles[0];
      items.push({
        kind: 'merge',
        id: row.id,
        target: 'node',
        confidence: record.confidence,
        title: `"${record.spelling}" merged into ${merge.name}${record.with === merge.name ? '' : ` (it matched "${record.with}")`}: ${merge.says}`,
        evidence: first?.evidence ?? '',
        source: first?.id ?? null,
        sourceTitle: first?.title ?? null,
        evidenceStart: null,
        evidenceEnd: null,
        version: row.version,
        merge,
      });
    }
  }
  return items;
}

const rank = (a: ReviewItem, b: ReviewItem) =>
  a.confidence - b.confidence ||
  (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) ||
  (a.merge?.spelling ?? '').localeCompare(b.merge?.spelling ?? '');

/** The first `limit` items of the whole queue, and how many wait in all. */
export async function reviewQueue(deps: AppDeps, limit: number): Promise<ReviewResponse> {
  const [records, mergeRows] = await Promise.all([
    readStatement(deps.db, deps.cypher.get('corrections-review-queue'), { limit }),
    readStatement(deps.db, deps.cypher.get('corrections-merge-queue')),
  ]);
  const items: ReviewItem[] = [];
  for (const r of records) {
    const item = toPlain(r.get('item')) as Omit<ReviewItem, 'sourceTitle'> | null;
    if (item) items.push({ ...item, sourceTitle: r.get('sourceTitle') ?? null });
  }
  const merges = mergeItems(mergeRows.map((r) => toPlain(r.toObject()) as unknown as MergeRow));
  // The statement's first `limit` and all merges hold the first `limit` of both together.
  return {
    items: [...items, ...merges].sort(rank).slice(0, limit),
    total: (records[0]?.get('total').toNumber() ?? 0) + merges.length,
  };
}
