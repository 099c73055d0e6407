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

  describe('reads the page date and the dateline', () => {
    const one = (text: string) => splitArticles({ name: 'one.txt', text })[0]!;

    it('from a city line of its own below a subhead', () => {
      const article = one(
        'Talk on Rights\n\nEmbassy staff give a talk.\n\nLAGOS:\n\nThe session was held on Wednesday.\n',
      );
      expect(article.datelineCity).toBe('Lagos');
      expect(article.published).toBeUndefined();
    });

    it('from a date line with a weekday printed after the lead, and points at it', () => {
      const text =
        'Choir Marks Anniversary\n\nThe choir sang on Wednesday in Leeds.\n\nFriday, April 09, 2010\n\nMore.\n';
      const article = one(text);
      expect(article.published).toBe('2010-04-09');
      const span = article.publishedSpan!;
      expect(article.text.slice(span.start, span.end)).toBe('Friday, April 09, 2010');
    });

    it('from a date opening the lead', () => {
      const article = one('Nurses March\n\nJune 2, 2016- Hundreds of nurses marched today.\n');
      expect(article.published).toBe('2016-06-02');
      expect(article.dateline).toBe('June 2, 2016');
    });

    it('from a date printed above the headline, which is not the title', () => {
      const article = one(
        'March 28, 2019\n\nInstitute Hosts Panel\n\nOn March 20, the institute hosted a panel.\n',
      );
      expect(article.title).toBe('Institute Hosts Panel');
      expect(article.published).toBe('2019-03-28');
    });

    it('not from a dateline without a year', () => {
      const article = one('Club Meets\n\nLyon, 4 May – On Tuesday 2 May the club met.\n');
      expect(article.datelineCity).toBe('Lyon');
      expect(article.published).toBeUndefined();
    });
  });
});
