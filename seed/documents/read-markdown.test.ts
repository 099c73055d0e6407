import { describe, it, expect } from 'vitest';
import { markdownToText } from './read-markdown';
import { readDocument } from './read-document';

describe('markdownToText', () => {
  it('takes the markup off headings, emphasis, links, images, code, quotes and lists', () => {
    const md = [
      '# Library trust marks its *centenary*',
      '',
      'HALIFAX, May 9, 2023 - The **trust** [celebrated](https://example.org/a) its year, `live`.',
      '',
      '> "Books are for everyone," _she_ said.',
      '',
      '- Ann Lee spoke first.',
      '2. Bo Chan spoke second.',
      '![a photo of the hall](hall.jpg)',
      "<!-- an editor's note -->",
      '[1]: https://example.org/ref',
    ].join('\n');
    expect(markdownToText(md).split('\n')).toEqual([
      'Library trust marks its centenary',
      '',
      'HALIFAX, May 9, 2023 - The trust celebrated its year, live.',
      '',
      '"Books are for everyone," she said.',
      '',
      'Ann Lee spoke first.',
      'Bo Chan spoke second.',
      'a photo of the hall',
      '',
    ]);
  });

  it('keeps the --- line that separates articles, and prose with stars or underscores alone', () => {
    const md = 'First article\n\nText.\n---\nSecond article\n\nRates of 5 * 3 and snake_case stay.';
    expect(markdownToText(md)).toBe(md);
  });

  it('is what readDocument gives for a .md file, and only for one', async () => {
    const text = '# A headline\n\nThe **minister** spoke.';
    expect((await readDocument('notes.md', Buffer.from(text))).text).toBe(
      'A headline\n\nThe minister spoke.',
    );
    expect((await readDocument('notes.txt', Buffer.from(text))).text).toBe(text);
  });
});
