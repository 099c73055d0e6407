/**
 * Words for a load summary: what was created, what changed, what was already there, per label
 * and relationship type, and which articles need review and why: the lines `npm run seed` and
 * `npm run ingest` print at the end (`npm run extract` prints the review lines too).
 */
import type { GraphDocument } from '../../model/graph-document';
import type { LoadSummary, Tally } from '../../platform/load/load-graph';

function line(name: string, t: Tally): string {
  const unchanged = Math.max(0, t.rows - t.created - t.updated);
  return `  ${name.padEnd(16)} ${String(t.created).padStart(8)} created ${String(t.updated).padStart(8)} updated ${String(unchanged).padStart(8)} unchanged`;
}

function total(tallies: Record<string, Tally>): Tally {
  return Object.values(tallies).reduce(
    (sum, t) => ({
      rows: sum.rows + t.rows,
      created: sum.created + t.created,
      updated: sum.updated + t.updated,
    }),
    { rows: 0, created: 0, updated: 0 },
  );
}

export function formatSummary(summary: LoadSummary): string {
  const nodes = total(summary.nodes);
  const rels = total(summary.relationships);
  const lines = [
    `Loaded ${summary.articles} article(s) in ${summary.chunks} transaction(s), ${(summary.elapsedMs / 1000).toFixed(1)} s:`,
    `  nodes: ${nodes.created} created, ${nodes.updated} updated, ${nodes.rows - nodes.created - nodes.updated} unchanged; relationships: ${rels.created} created, ${rels.updated} updated, ${rels.rows - rels.created - rels.updated} unchanged`,
    ...Object.entries(summary.nodes)
      .sort()
      .map(([label, t]) => line(label, t)),
    ...Object.entries(summary.relationships)
      .sort()
      .map(([type, t]) => line(type, t)),
  ];
  return lines.join('\n');
}

/**
 * One line per article marked `needsReview`, in document order:
 * `needs review: <title> (<file>): no event date, no speakers found`.
 */
export function reviewLines(document: GraphDocument): string[] {
  return document.nodes
    .filter((n) => n.label === 'Article' && n.properties.needsReview === true)
    .map((n) => {
      const { title, file, reviewReasons } = n.properties;
      const reasons = Array.isArray(reviewReasons) ? reviewReasons.join(', ') : '';
      const name = typeof title === 'string' && title !== '' ? title : n.id;
      return `needs review: ${name}${typeof file === 'string' ? ` (${file})` : ''}: ${reasons}`;
    });
}

/** `seed: corrections: 3 replayed, 1 orphaned (target missing; kept, see GET /api/corrections)`. */
export function correctionLine(
  name: string,
  report: { applied: number; orphaned: number },
): string {
  const orphaned = report.orphaned
    ? `, ${report.orphaned} orphaned (target missing; kept, listed by GET /api/corrections)`
    : '';
  return `${name}: corrections: ${report.applied} replayed${orphaned}`;
}
