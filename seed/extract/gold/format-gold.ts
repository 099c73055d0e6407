/**
 * Prints a dev-set score for a terminal: the headline measures of one folder, the measured
 * precision of each speaker rule, and (when asked) the misses article by article. Formatting
 * only; the numbers come from `score-gold.ts`.
 */
import type { GoldScore } from './score-gold';

export function formatGoldScore(
  folder: string,
  score: GoldScore,
  refused: string[],
  misses: boolean,
): string {
  const t = score.totals;
  const lines = [
    `${folder}: speakers P ${score.speakerPrecision} R ${score.speakerRecall} (${t.correct}/${t.got} right, ${t.hit}/${t.gold} found)` +
      ` · roles ${score.rolesRight} · mentioned-as-speaker ${score.falseFromMentioned}` +
      ` · claims R ${score.claimRecall} P ${score.claimPrecision} (${t.claimsHit}/${t.claimsGold}, ${t.claimsGood}/${t.claimsGot})` +
      ` · date ${score.date} · city ${score.city} · in graph ${score.articlesInGraph} · refused ${refused.length}`,
  ];
  const rules = Object.entries(score.rules).sort((a, b) => b[1].proposed - a[1].proposed);
  if (rules.length > 0)
    lines.push(
      `  rules: ${rules.map(([rule, c]) => `${rule} ${c.right}/${c.proposed}`).join(', ')}`,
    );
  for (const r of refused) lines.push(`  refused ${r}`);
  if (!misses) return lines.join('\n');
  for (const a of score.perArticle) {
    const parts: string[] = [];
    if (!a.inGraph) parts.push('NOT IN GRAPH');
    if (a.missed.length) parts.push(`missed: ${a.missed.join('; ')}`);
    if (a.extra.length) parts.push(`extra: ${a.extra.join('; ')}`);
    if (a.wrongRoles.length) parts.push(`roles: ${a.wrongRoles.join('; ')}`);
    if (!a.date.ok && a.date.gold) parts.push(`date: ${a.date.got ?? '-'} (gold ${a.date.gold})`);
    if (!a.city.ok && a.city.gold) parts.push(`city: ${a.city.got ?? '-'} (gold ${a.city.gold})`);
    parts.push(
      `claims ${a.claims.hit}/${a.claims.gold} (got ${a.claims.got}, good ${a.claims.good})`,
    );
    if (a.needsReview) parts.push(`review: ${a.needsReview.join(', ')}`);
    lines.push(`  ${a.article} [${a.found.length}/${a.found.length + a.missed.length}]`);
    for (const p of parts) lines.push(`      ${p}`);
    if (a.claims.missed.length)
      for (const c of a.claims.missed.slice(0, 12)) lines.push(`      - claim ${c.slice(0, 150)}`);
    for (const c of a.claims.extra.slice(0, 12)) lines.push(`      + claim ${c.slice(0, 150)}`);
  }
  return lines.join('\n');
}
