/**
 * Nationality adjectives and the country names a title may use instead: "the former French
 * Secretary of State" describes someone whose title says "Minister of France". Lower case.
 */
const COUNTRIES_BY_DEMONYM: Record<string, string[]> = {
  afghan: ['afghanistan'],
  albanian: ['albania'],
  algerian: ['algeria'],
  american: ['united states', 'u.s.', 'usa', 'america'],
  belgian: ['belgium'],
  british: ['united kingdom', 'britain', 'u.k.', 'england', 'scotland', 'wales'],
  canadian: ['canada'],
  colombian: ['colombia'],
  dutch: ['netherlands', 'holland'],
  egyptian: ['egypt'],
  english: ['england'],
  european: ['europe', 'european union'],
  french: ['france'],
  german: ['germany'],
  iranian: ['iran'],
  iraqi: ['iraq'],
  irish: ['ireland'],
  italian: ['italy'],
  jordanian: ['jordan'],
  moroccan: ['morocco'],
  norwegian: ['norway'],
  pakistani: ['pakistan'],
  polish: ['poland'],
  romanian: ['romania'],
  saudi: ['saudi arabia'],
  scottish: ['scotland'],
  spanish: ['spain'],
  swedish: ['sweden'],
  swiss: ['switzerland'],
  syrian: ['syria'],
  turkish: ['turkey'],
  ukrainian: ['ukraine'],
};

/** The country names a nationality adjective stands for (empty when it is not one). */
export function countriesOf(word: string): string[] {
  return COUNTRIES_BY_DEMONYM[word.toLowerCase()] ?? [];
}
