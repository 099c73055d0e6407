/**
 * Merge records: what the entity resolver says about each spelling it folded into a person or
 * organization node (why, how sure, and which articles write it), kept on the node as the
 * `merges` property (one JSON text per spelling, so Neo4j can store them and the loader can
 * add to them like aliases). The reasons, their fixed confidences and the review threshold
 * live here, once, for the resolver that writes them, the review queue that lists the unsure
 * ones and the split that undoes one. Not how names are compared (seed/extract/name-match.ts,
 * seed/extract/resolve.ts) nor what a split does to the graph (platform/corrections).
 */

/** Why the resolver put two spellings in one node, with the confidence it has in that. */
export const MERGE_REASONS = {
  /** The same after folding case, accents and hyphens ("Jean-François" / "Jean François"). */
  'same-name': { confidence: 0.95, says: 'the same name written differently' },
  /** Written in the same article as the other spelling, for the same person. */
  'same-article': { confidence: 0.9, says: 'both spellings in one article, of one person' },
  /** A curated alias (seed/curation.json). */
  'curated-alias': { confidence: 1, says: 'a curated alias' },
  /** An acronym the article defines in brackets ("National Council … (NCRI)"). */
  acronym: { confidence: 0.95, says: 'an acronym the article defines' },
  /** An acronym derived from the long name's initials ("UN" / "United Nations"). */
  'derived-acronym': { confidence: 0.75, says: "the long name's initials" },
  /** A shorter form with the same first and last names ("Alfred de Zayas" / "Alfred-Maurice de Zayas"). */
  'middle-name': { confidence: 0.8, says: 'the same first and last names, one has more' },
  /** A long name prefixed by another organization ("UN Security Council" / "Security Council"). */
  'prefixed-name': { confidence: 0.8, says: "the same name under another organization's name" },
  /** Only a nationality or a generic word added ("Revolutionary Guards" / "… Guards Corps"). */
  'generic-words': { confidence: 0.7, says: 'only a nationality or a generic word added' },
  /** Initials for the given names ("AK Pandey" / "Akhilesh Kumar Pandey"). */
  initials: { confidence: 0.75, says: 'initials for the given names' },
  /** Names a letter apart in one word ("Ingrida" / "Ingrid"). */
  'edit-distance': { confidence: 0.7, says: 'one letter apart in a word' },
  /** Nearly the same words in another order ("Committee of French Mayors …" / "… Mayors of France …"). */
  'word-set': { confidence: 0.6, says: 'nearly the same words' },
} as const;
export type MergeReason = keyof typeof MERGE_REASONS;

/**
 * Merges below this confidence are the ones the resolver was unsure of: the review queue lists
 * them (same-name folding and defined acronyms are not doubts worth an analyst's time).
 */
export const REVIEW_MERGES_BELOW = 0.9;

/** One spelling folded into a node, as the resolver recorded it. */
export interface MergeRecord {
  /** The spelling that was merged in (an alias of the node). */
  spelling: string;
  /** The spelling it matched (the node's name, or another alias). */
  with: string;
  reason: MergeReason;
  confidence: number;
  /** Articles that write `spelling`. */
  articles: string[];
  /** Articles that write `with`. */
  withArticles: string[];
  /**
   * Articles that write `spelling` and no other spelling of the node: a split moves the
   * node's relationships whose `source` is one of them (the others' articles cannot tell).
   */
  splitArticles: string[];
  /**
   * The id the spelling's own node would have had: the node a split creates (with a numeric
   * suffix if the graph already has one).
   */
  splitId: string;
  /** Set by a "confirm-merge" correction: who confirmed it and when. */
  confirmedBy?: string;
  confirmedAt?: string;
}

const KEYS: (keyof MergeRecord)[] = [
  'spelling',
  'with',
  'reason',
  'confidence',
  'articles',
  'withArticles',
  'splitArticles',
  'splitId',
  'confirmedBy',
  'confirmedAt',
];

/** One record as the JSON text the `merges` property holds (keys in a fixed order, for diffs). */
export function encodeMergeRecord(record: MergeRecord): string {
  const ordered: Record<string, unknown> = {};
  for (const key of KEYS) if (record[key] !== undefined) ordered[key] = record[key];
  return JSON.stringify(ordered);
}

/** The records of a node's `merges` property; entries that are not records are skipped. */
export function decodeMergeRecords(value: unknown): MergeRecord[] {
  if (!Array.isArray(value)) return [];
  const out: MergeRecord[] = [];
  for (const text of value) {
    if (typeof text !== 'string') continue;
    try {
      const record = JSON.parse(text) as MergeRecord;
      if (typeof record.spelling === 'string' && record.reason in MERGE_REASONS) out.push(record);
    } catch {
      // Not ours (a hand-edited graph): ignored rather than breaking the node.
    }
  }
  return out;
}
