import { describe, it, expect } from 'vitest';
import { paragraphsOf, quotedRegions, splitSentences } from './sentences';

describe('splitSentences', () => {
  it('returns exact offsets into the text', () => {
    const text = 'Mr. Smith spoke on Dec. 4 at the U.S. embassy. He left. “Yes,” she said.';
    const sentences = splitSentences(text);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Mr. Smith spoke on Dec. 4 at the U.S. embassy.',
      'He left.',
      '“Yes,” she said.',
    ]);
  });

  it("reads a councillor's or engineer's abbreviated title as no sentence end", () => {
    const text = 'The ribbon was cut by Cllr. Ama Tetteh and Engr. Kofi Badu. The Mayor. He left.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'The ribbon was cut by Cllr. Ama Tetteh and Engr. Kofi Badu.',
      'The Mayor.',
      'He left.',
    ]);
  });

  it('continues a sentence across a paragraph break after a comma', () => {
    const text = 'The speakers included Ann Lee, Bob Ray,\n\nCarl Dunn and Dan Eve.\n\nNext one.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'The speakers included Ann Lee, Bob Ray,\n\nCarl Dunn and Dan Eve.',
      'Next one.',
    ]);
    expect(paragraphsOf(text)).toHaveLength(2);
  });
});

describe('quotedRegions', () => {
  it('finds quotations spanning several sentences, marks included', () => {
    const text = 'She said, “One. Two.” Then left.';
    const [region] = quotedRegions(text);
    expect(text.slice(region?.start, region?.end)).toBe('“One. Two.”');
  });

  it('runs an unclosed quotation to the end of its paragraph', () => {
    const text = 'He said: “No end here.\n\nNew paragraph.';
    expect(text.slice(quotedRegions(text)[0]?.start, quotedRegions(text)[0]?.end)).toBe(
      '“No end here.',
    );
  });
});
