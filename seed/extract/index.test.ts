import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import type { GraphDocument } from '../../model/graph-document';
import { corpusFiles } from '../load/corpus';
import { evaluate, type Expectations } from './evaluate';
import { extractGraph } from './index';
import { readCorpusFiles } from './read-corpus';
import { REVIEW_REASONS } from './review';
import { validateGraphDocument } from '../../platform/load/validate-graph-document';

const read = (path: string) => ({
  name: path,
  text: readFileSync(new URL(path, import.meta.url), 'utf8'),
});
const fixtures = [
  read('../fixtures/articles/ottawa-panel.txt'),
  read('../fixtures/articles/madrid-and-brussels.txt'),
];

describe('extractGraph', () => {
  describe('on articles it has never seen (seed/fixtures/articles)', () => {
    const document = extractGraph(fixtures);
    const expected = JSON.parse(
      readFileSync(new URL('../fixtures/expected-fixtures.json', import.meta.url), 'utf8'),
    ) as Expectations;
    const result = evaluate(document, expected);

    it('finds every event and every speaker with the right role, and nobody else', () => {
      expect(result.events).toMatchObject({ precision: 1, recall: 1 });
      expect(result.speakers.missing).toEqual([]);
      expect(result.speakers.unexpected).toEqual([]);
    });

    it('attributes the claims to the right people with verbatim quotes', () => {
      expect(result.claims.recall).toBeGreaterThanOrEqual(0.9);
      expect(result.claims.precision).toBeGreaterThanOrEqual(0.9);
      expect(result.quotesVerbatim.bad).toEqual([]);
    });

    it('splits and merges no entity', () => {
      expect(result.splitEntities).toEqual([]);
      expect(result.mergedEntities).toEqual([]);
    });
  });

  it('is deterministic and valid', () => {
    const a = extractGraph(fixtures);
    const b = extractGraph(fixtures);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(validateGraphDocument(a).ok).toBe(true);
    expect(a.inputs).toEqual(['ottawa-panel.txt', 'madrid-and-brussels.txt']);
  });

  it('puts provenance on every relationship', () => {
    for (const rel of extractGraph(fixtures).relationships) {
      expect(rel.properties.source).toMatch(/^article:/);
      expect(['pattern', 'ner', 'curation', 'similarity']).toContain(rel.properties.method);
      expect(rel.properties.confidence).toBeGreaterThan(0);
      expect(rel.properties.evidenceEnd).toBeGreaterThan(rel.properties.evidenceStart ?? Infinity);
    }
  });

  describe('on a wire report with a photo caption and quotations first', () => {
    const text = [
      'Port board hears dredging plan',
      'HARWICK, May 2 (Meridian) - The port board met on Tuesday to hear the dredging plan.',
      '"The channel is silting faster than we can pay for," harbour master Nils Okafor told the board.',
      '"We will need a second dredger by autumn," Okafor said.',
      'FILE - Harbour master Nils Okafor speaks at a news conference, June 3, 2019. (Meridian Photo/Ada Brill)',
    ].join('\n\n');
    const document = extractGraph([{ name: 'port-board.txt', text }]);
    const claims = document.nodes.filter((n) => n.label === 'Claim');

    it("labels a quotation-first claim with the quotation's words, not the verb after it", () => {
      expect(claims.map((c) => c.properties.text)).toEqual([
        'The channel is silting faster than we can pay for',
        'We will need a second dredger by autumn',
      ]);
    });

    it('reads no claim or date from the caption, yet keeps a valid document', () => {
      const event = document.nodes.find((n) => n.label === 'Event');
      expect(event?.properties.date).toBeNull();
      expect(validateGraphDocument(document).ok).toBe(true);
    });
  });

  describe('on an article in which something is missing', () => {
    const articleOf = (document: GraphDocument) =>
      document.nodes.find((n) => n.label === 'Article')!;
    const eventsOf = (document: GraphDocument) => document.nodes.filter((n) => n.label === 'Event');

    it('keeps an article with no recognisable event, with a stand-in event named after it', () => {
      const document = extractGraph([
        { name: 'cats.txt', text: 'All About Cats\n\nCats sleep a lot. They purr.\n' },
      ]);
      expect(articleOf(document).properties).toMatchObject({
        title: 'All About Cats',
        file: 'cats.txt',
        needsReview: true,
        reviewReasons: [REVIEW_REASONS.noEvent, REVIEW_REASONS.noSpeakers],
      });
      const [event] = eventsOf(document);
      expect(event?.id).toMatch(/^event:undated-unknown-event-[0-9a-f]{8}$/);
      expect(event?.properties).toMatchObject({
        name: 'Event reported in All About Cats',
        kind: 'event',
        date: null,
        city: null,
      });
      expect(document.relationships).toContainEqual(
        expect.objectContaining({
          type: 'REPORTED_IN',
          from: event?.id,
          to: articleOf(document).id,
        }),
      );
    });

    it('gives the speakers and claims of such an article its stand-in event', () => {
      const text =
        'Harbour Plans Questioned\n\nMira Castellane, chair of the Harbour Trust, said, “The plan ignores the fishermen who use the quay.”\n';
      const document = extractGraph([{ name: 'harbour.txt', text }]);
      expect(articleOf(document).properties.reviewReasons).toEqual([REVIEW_REASONS.noEvent]);
      const [event] = eventsOf(document);
      const to = (type: string) =>
        document.relationships.filter((r) => r.type === type).map((r) => r.to);
      expect(to('SPOKE_AT')).toEqual([event?.id]);
      expect(to('MADE_AT')).toEqual([event?.id]);
    });

    it('keeps an event with no named participant and says so', () => {
      const text = 'A Quiet Panel\n\nA panel was held in Geneva on 3 May 2018. Nobody was named.\n';
      const document = extractGraph([{ name: 'quiet.txt', text }]);
      expect(eventsOf(document).map((e) => e.properties.kind)).toEqual(['panel']);
      expect(articleOf(document).properties).toMatchObject({
        needsReview: true,
        reviewReasons: [REVIEW_REASONS.noSpeakers],
      });
    });

    it('names an event with no date or place and marks its article for review', () => {
      const text =
        'Residents Meet\n\nA meeting was held at the community hall about the library.\n\nHester Quillon, chair of the residents, said, “It closes too early.”\n';
      const document = extractGraph([{ name: 'hall.txt', text }]);
      expect(articleOf(document).properties.reviewReasons).toEqual([
        REVIEW_REASONS.noDate,
        REVIEW_REASONS.noPlace,
      ]);
    });

    it('marks no article of the bundled corpus for review', async () => {
      const document = extractGraph(await readCorpusFiles(corpusFiles()));
      const articles = document.nodes.filter((n) => n.label === 'Article');
      expect(articles.length).toBe(7);
      for (const article of articles)
        expect(article.properties).toMatchObject({ needsReview: false, reviewReasons: [] });
    });
  });

  describe('ids', () => {
    const meeting = (place: string, speaker: string) =>
      `Residents Meet\n\nA meeting was held at the ${place} about the library.\n\n${speaker}, a resident, said, “It closes too early.”\n`;
    const idsOf = (document: GraphDocument, label: string) =>
      document.nodes.filter((n) => n.label === label).map((n) => n.id);

    it('scopes an event id to its article: two undated meetings in no named city are two events', () => {
      const a = extractGraph([
        { name: 'a.txt', text: meeting('community hall', 'Hester Quillon') },
      ]);
      const b = extractGraph([
        { name: 'b.txt', text: meeting('old barn', 'Osric Penhallow').replace('Meet', 'Gather') },
      ]);
      const [eventA] = idsOf(a, 'Event');
      const [eventB] = idsOf(b, 'Event');
      expect(eventA).toMatch(/^event:undated-unknown-meeting-[0-9a-f]{8}$/);
      expect(eventB).toMatch(/^event:undated-unknown-meeting-[0-9a-f]{8}$/);
      expect(eventA).not.toBe(eventB);
      expect(
        idsOf(
          extractGraph([{ name: 'a.txt', text: meeting('community hall', 'Hester Quillon') }]),
          'Event',
        ),
      ).toEqual([eventA]);
    });

    it('gives a second article under the same headline an id of its own, the same on every run', () => {
      const files = [
        { name: 'a.txt', text: meeting('community hall', 'Hester Quillon') },
        { name: 'b.txt', text: meeting('old barn', 'Osric Penhallow') },
      ];
      const articles = idsOf(extractGraph(files), 'Article');
      expect(articles).toHaveLength(2);
      expect(articles).toContain('article:residents-meet');
      expect(articles.find((id) => id !== 'article:residents-meet')).toMatch(
        /^article:residents-meet-[0-9a-f]{8}$/,
      );
      expect(idsOf(extractGraph(files), 'Article')).toEqual(articles);
      expect(idsOf(extractGraph(files), 'Event')).toHaveLength(2);
    });

    it('keeps one article when the same text is given twice', () => {
      const file = { name: 'a.txt', text: meeting('community hall', 'Hester Quillon') };
      const once = extractGraph([file]);
      const twice = extractGraph([file, file]);
      expect(twice.nodes).toEqual(once.nodes);
      expect(twice.relationships).toEqual(once.relationships);
    });

    it('avoids ids that are taken elsewhere: a hash for an article, a suffix for an event', () => {
      const file = { name: 'a.txt', text: meeting('community hall', 'Hester Quillon') };
      const plain = extractGraph([file]);
      const [event] = idsOf(plain, 'Event');
      const moved = extractGraph([file], {
        takenIds: new Set(['article:residents-meet', event!]),
      });
      const [article] = idsOf(moved, 'Article');
      expect(article).toMatch(/^article:residents-meet-[0-9a-f]{8}$/);
      expect(idsOf(moved, 'Event')).toHaveLength(1);
      expect(idsOf(moved, 'Event')[0]).not.toBe(event);
      expect(validateGraphDocument(moved).ok).toBe(true);
    });
  });

  it('raises an input error for an empty file', () => {
    expect(() => extractGraph([{ name: 'empty.txt', text: '  \n' }])).toThrow(
      expect.objectContaining({ code: 'empty-file' }),
    );
  });
});
