import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { scoreGold, type GoldFile } from './gold/score-gold';
import { extractGraph } from './index';

// Invented wire-style reports (seed/fixtures/wire, our own writing) scored with the dev-set
// scorer: datelines, surnames after the first mention, "he said" after a speaker only a cue
// found, and people quoted who did not address the event (a statement, Twitter, a news agency,
// "who did not attend", "said afterwards"). Thresholds are the targets.
const dir = new URL('../fixtures/wire/', import.meta.url);
const gold = JSON.parse(readFileSync(new URL('gold.json', dir), 'utf8')) as GoldFile;
const docs = gold.articles.map((a) =>
  extractGraph([{ name: a.file, text: readFileSync(new URL(a.file, dir), 'utf8') }]),
);
const score = scoreGold([gold], docs);

describe('extraction on invented wire-style reports', () => {
  it('finds the speakers and no one else', () => {
    expect(score.speakerRecall).toBeGreaterThanOrEqual(0.9);
    expect(score.speakerPrecision).toBeGreaterThanOrEqual(0.9);
  });

  it('never takes a person quoted from elsewhere, absent or only attending for a speaker', () => {
    expect(score.falseFromMentioned).toBe(0);
  });

  it('gives roles from relative clauses and letters to the event', () => {
    expect(score.totals.roleOk / score.totals.gold).toBeGreaterThanOrEqual(0.9);
    const hearing = score.perArticle.find((a) => a.article.startsWith('02-'));
    expect(hearing?.wrongRoles).toEqual([]);
  });

  it('attributes claims, "he said" included, to the right person', () => {
    expect(score.claimRecall).toBeGreaterThanOrEqual(0.8);
    expect(score.claimPrecision).toBeGreaterThanOrEqual(0.85);
  });
});
