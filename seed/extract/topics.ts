/**
 * A small, generic topic vocabulary for claims in the human-rights press genre, matched by
 * keywords. Deliberately short and kept in code: topics are navigation aids for analysts, not
 * a classifier. Add a topic here only if it is generic to the genre, never to fit one article.
 */

export interface Topic {
  id: string;
  name: string;
  pattern: RegExp;
}

export const TOPICS: Topic[] = [
  {
    id: 'topic:1988-massacre',
    name: '1988 massacre',
    pattern: /\b1988\b|\bmassacre\b|death commission|death committee/i,
  },
  {
    id: 'topic:accountability',
    name: 'Accountability and impunity',
    pattern: /accountab|impunity|perpetrator|to justice\b/i,
  },
  {
    id: 'topic:international-justice',
    name: 'International justice and inquiry',
    pattern:
      /international criminal court|\bICC\b|tribunal|commission of inquiry|investigat|inquiry/i,
  },
  {
    id: 'topic:executions',
    name: 'Executions and death penalty',
    pattern: /execut|death penalty|death row|death sentence|hanged/i,
  },
  { id: 'topic:womens-rights', name: "Women's rights", pattern: /\bwom[ae]n\b|misogyn|\bgirls\b/i },
  { id: 'topic:nuclear-deal', name: 'Nuclear deal', pattern: /nuclear/i },
  {
    id: 'topic:terrorism-irgc',
    name: 'IRGC and terrorism',
    pattern: /\bIRGC\b|revolutionary guards|terror|hezbollah|militia/i,
  },
  {
    id: 'topic:appeasement',
    name: 'Appeasement and Western policy',
    pattern: /appeas|turning a blind eye|silence|trade and business/i,
  },
  {
    id: 'topic:political-prisoners',
    name: 'Political prisoners and torture',
    pattern:
      /political prisoner|prisoners of conscience|torture|solitary confinement|detain|imprison/i,
  },
];

/** Topic ids whose keywords occur in `text`, in vocabulary order. */
export function topicsOf(text: string): string[] {
  return TOPICS.filter((topic) => topic.pattern.test(text)).map((topic) => topic.id);
}
