/**
 * Confidence from evidence: each speaker rule's precision as measured on the dev set
 * (`vocab/rule-precision.json`, written by `npm run eval -- --gold DIR --calibrate`), smoothed
 * so a rule seen a few times is not trusted fully, and combined across the rules that support
 * one fact as independent evidence (noisy-or). A rule never measured gets a prior of 0.7.
 */
import { readFileSync } from 'node:fs';

interface RuleCount {
  proposed: number;
  right: number;
}

const MEASURED = JSON.parse(
  readFileSync(new URL('./vocab/rule-precision.json', import.meta.url), 'utf8'),
) as { rules: Record<string, RuleCount> };

/** Laplace-smoothed precision of one rule. */
export function ruleConfidence(rule: string): number {
  const count = MEASURED.rules[rule];
  if (!count) return 0.7;
  return (count.right + 1) / (count.proposed + 2);
}

/** Several rules supporting one fact: 1 − Π(1 − pᵢ), rounded to two decimals. */
export function combinedConfidence(rules: string[]): number {
  const miss = [...new Set(rules)].reduce(
    (product, rule) => product * (1 - ruleConfidence(rule)),
    1,
  );
  return Math.round((1 - miss) * 100) / 100;
}
