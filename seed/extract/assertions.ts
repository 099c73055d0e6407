/**
 * Recurring assertions: what several claims assert alike, detected from the claim text by
 * generic patterns — a casualty figure ("30,000 … executed"), a call for an international
 * commission of inquiry, a call to refer the case to the International Criminal Court or an
 * international tribunal, a call to bring perpetrators to justice / end impunity. An assertion
 * exists only when at least two claims share it. It never lists particular answers.
 */

export interface AssertionKey {
  id: string;
  text: string;
}

const NUMBER = /\b(\d{1,3}(?:[,.]\d{3})+|\d{4,})\b/g;
const KILLING = /\b(?:execut\w*|kill\w*|massacre\w*|hanged|slaughter\w*|murder\w*|put to death)\b/i;

function figureKeys(text: string): AssertionKey[] {
  const keys: AssertionKey[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const value = Number((m[1] ?? '').replace(/[,.]/g, ''));
    if (value < 1000 || (value >= 1900 && value <= 2100)) continue; // years are not tolls
    const window = text.slice(Math.max(0, (m.index ?? 0) - 80), (m.index ?? 0) + 120);
    if (!KILLING.test(window)) continue;
    const year = /\b(19\d{2}|20\d{2})\b/.exec(window)?.[1];
    const formatted = value.toLocaleString('en-US');
    keys.push({
      id: `assertion:${value}-killed${year ? `-${year}` : ''}`,
      text: `${formatted} people executed${year ? ` in ${year}` : ''}`,
    });
  }
  return keys;
}

const CALLS: { pattern: RegExp; key: AssertionKey }[] = [
  {
    pattern:
      /commission of inquiry|(?:international|independent) (?:investigation|inquiry|committee to investigate)|fact[- ]finding mission|independent international commission/i,
    key: {
      id: 'assertion:international-commission-of-inquiry',
      text: 'Call for an international (independent) commission of inquiry',
    },
  },
  {
    pattern:
      /international criminal court|\bICC\b|international courts?\b|(?:special|hybrid|international) tribunal/i,
    key: {
      id: 'assertion:refer-to-international-court',
      text: 'Refer the case to the International Criminal Court or an international tribunal',
    },
  },
  {
    pattern:
      /(?:bring|brought|bringing)\b[^.]{0,60}\bto justice|end (?:the |this )?impunity|hold(?:ing)? [^.]{0,30}accountable|accountability/i,
    key: {
      id: 'assertion:bring-perpetrators-to-justice',
      text: 'Perpetrators must be held accountable and brought to justice',
    },
  },
];

/** The assertions a claim's text supports (before the "shared by two claims" filter). */
export function assertionKeysOf(text: string): AssertionKey[] {
  const keys = [
    ...figureKeys(text),
    ...CALLS.filter((call) => call.pattern.test(text)).map((call) => call.key),
  ];
  return keys.filter((key, index) => keys.findIndex((k) => k.id === key.id) === index);
}
