import { describe, it, expect } from 'vitest';
import { splitArticles } from './split';

const clipping = [
  'Category: Conferences',
  '',
  'WASHINGTON, Dec. 4, 2017 /PRNewswire/ — In a panel at the Club, experts spoke.',
  '',
  'Please follow and like us:',
  'Paris Conference calls for justice',
  '',
  'Paris Conference calls for justice',
  '',
  'A conference was held today in Paris.',
  '',
  '2017November 28',
  '',
  'Please follow and like us:',
  '',
].join('\n');

describe('splitArticles', () => {
  describe('on the web-clipping layout', () => {
    const articles = splitArticles({ name: 'clip.txt', text: clipping });

    it('splits on share-button lines and drops empty chunks', () => {
      expect(articles).toHaveLength(2);
    });

    it('takes a headline printed twice as the title and keeps it out of the text', () => {
      expect(articles[1]?.title).toBe('Paris Conference calls for justice');
      expect(articles[1]?.text.startsWith('A conference was held today')).toBe(true);
    });

    it('reads the publication date from a wire dateline or a by-line date', () => {
      expect(articles[0]?.published).toBe('2017-12-04');
      expect(articles[0]?.datelineCity).toBe('Washington');
      expect(articles[1]?.published).toBe('2017-11-28');
    });

    it('names a headline-less article by its opening words, with a stable slug id', () => {
      expect(articles[0]?.id).toMatch(/^article:in-a-panel-at-the-club/);
      expect(splitArticles({ name: 'clip.txt', text: clipping }).map((a) => a.id)).toEqual(
        articles.map((a) => a.id),
      );
    });

    it('keeps each article text an exact slice of the file and records its first line', () => {
      for (const article of articles) {
        expect(clipping.includes(article.text)).toBe(true);
        expect(
          clipping.split('\n')[article.line - 1]?.startsWith(article.text.split('\n')[0] ?? ''),
        ).toBe(true);
      }
    });
  });

  it('reads a plain file with one article under a headline', () => {
    const [article] = splitArticles({
      name: 'one.txt',
      text: 'A Headline Here\n\nBody text. More text.\n',
    });
    expect(article?.title).toBe('A Headline Here');
    expect(article?.text).toBe('Body text. More text.');
  });

  it('splits several articles separated by a line of three dashes', () => {
    const text = 'First Headline\n\nOne.\n\n---\n\nSecond Headline\n\nTwo.\n';
    expect(splitArticles({ name: 'two.txt', text }).map((a) => a.title)).toEqual([
      'First Headline',
      'Second Headline',
    ]);
  });

  it('gives distinct ids to articles with the same title', () => {
    const text = 'Same Title\n\nOne.\n---\nSame Title\n\nTwo.\n';
    const ids = splitArticles({ name: 'dup.txt', text }).map((a) => a.id);
    expect(new Set(ids).size).toBe(2);
  });
});
