/**
 * The bundled corpus's committed figures (`seed/fixtures/corpus-baseline.json`) and the check
 * that none of them drops: fewer right answers, more wrong ones, more split or merged entities,
 * or quotes no longer verbatim. A figure that improves passes; `npm run eval -- --write-baseline`
 * records it. The CI test and the CLI share this one comparison.
 */
import type { Evaluation, Score } from './evaluate';

export interface BaselineFigures {
  [measure: string]: { right: number; wrong: number; expected: number };
}

const figure = (s: Score) => ({
  right: s.truePositives,
  wrong: s.extracted - s.truePositives,
  expected: s.expected,
});

export function baselineFigures(result: Evaluation): BaselineFigures {
  return {
    events: figure(result.events),
    speakers: figure(result.speakers),
    affiliations: figure(result.affiliations),
    claims: figure(result.claims),
    entities: {
      right: 0,
      wrong: result.splitEntities.length + result.mergedEntities.length,
      expected: 0,
    },
    quotes: {
      right: result.quotesVerbatim.ok,
      wrong: result.quotesVerbatim.bad.length,
      expected: result.quotesVerbatim.total,
    },
  };
}

/** Each measure that got worse than the baseline, in words. */
export function dropsAgainst(baseline: BaselineFigures, current: BaselineFigures): string[] {
  const drops: string[] = [];
  for (const [measure, before] of Object.entries(baseline)) {
    const now = current[measure];
    if (!now) {
      drops.push(`${measure}: no longer measured`);
      continue;
    }
    if (now.right < before.right)
      drops.push(`${measure}: ${now.right} right, baseline ${before.right}`);
    if (now.wrong > before.wrong)
      drops.push(`${measure}: ${now.wrong} wrong, baseline ${before.wrong}`);
  }
  return drops;
}
