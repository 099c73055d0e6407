import { describe, it, expect } from 'vitest';
import type { GraphDocument } from '../../../model/graph-document';
import { namesMatch, wordOverlap } from './match';
import { scoreGold, type GoldFile } from './score-gold';

const prov = { source: 'article:a', evidence: 'x', method: 'pattern' as const, confidence: 0.8 };
const doc: GraphDocument = {
  version: 1,
  inputs: ['a.txt'],
  nodes: [
    {
      id: 'article:a',
      label: 'Article',
      properties: {
        title: 'A',
        text: 'The gala was chaired by Dr. Ada Quist. Ada Quist said the roof leaks.',
      },
    },
    {
      id: 'event:a',
      label: 'Event',
      properties: { name: 'Gala', kind: 'gala', date: '2024-05-02', city: 'Tromsø' },
    },
    {
      id: 'person:ada-quist',
      label: 'Person',
      properties: { name: 'Ada Quist', aliases: [], titles: [] },
    },
    {
      id: 'person:bo-lind',
      label: 'Person',
      properties: { name: 'Bo Lind', aliases: [], titles: [] },
    },
    {
      id: 'claim:1',
      label: 'Claim',
      properties: { text: 'roof', quote: 'Ada Quist said the roof leaks.', topics: [] },
    },
  ],
  relationships: [
    { id: 'r1', type: 'REPORTED_IN', from: 'event:a', to: 'article:a', properties: prov },
    {
      id: 'r2',
      type: 'SPOKE_AT',
      from: 'person:ada-quist',
      to: 'event:a',
      properties: { ...prov, role: 'speaker', rule: 'passive-by' },
    },
    {
      id: 'r3',
      type: 'SPOKE_AT',
      from: 'person:bo-lind',
      to: 'event:a',
      properties: { ...prov, role: 'speaker', rule: 'list-trigger' },
    },
    { id: 'r4', type: 'CLAIMED', from: 'person:ada-quist', to: 'claim:1', properties: prov },
    { id: 'r5', type: 'REPORTED_IN', from: 'claim:1', to: 'article:a', properties: prov },
  ],
};
const gold: GoldFile = {
  articles: [
    {
      file: 'a.txt',
      marker: 'chaired by Dr. Ada',
      event: { date: '2024-05', city: 'Tromso' },
      speakers: [
        { name: 'Dr Ada Quist', role: 'moderator' },
        { name: 'Cy Moe', role: 'speaker' },
      ],
      mentionedNotSpeakers: ['Bo Lind'],
      claims: [{ by: 'Ada Quist', evidence: 'Ada Quist said the roof leaks.' }],
    },
    { file: 'b.txt', marker: 'not in any document', speakers: [{ name: 'Di Ray', role: 'host' }] },
  ],
};

describe('scoreGold', () => {
  it('counts speakers, roles, mentioned people, claims, date and city as the graph scorer does', () => {
    const score = scoreGold([gold], [doc]);
    expect(score.totals).toMatchObject({ gold: 3, hit: 1, got: 2, correct: 1, roleOk: 0 });
    expect(score.falseFromMentioned).toBe(1);
    expect(score.claimRecall).toBe(1);
    expect(score.date).toBe('1/1');
    expect(score.city).toBe('1/1');
    expect(score.articlesInGraph).toBe('1/2');
    expect(score.rules).toEqual({
      'passive-by': { proposed: 1, right: 1 },
      'list-trigger': { proposed: 1, right: 0 },
    });
    expect(score.perArticle[0]?.wrongRoles).toEqual(['Dr Ada Quist: speaker (gold moderator)']);
  });

  it('matches names without honorifics and by shared surname, and quotes by word overlap', () => {
    expect(namesMatch('Dr. Ada Quist', 'Ada Quist')).toBe(true);
    expect(namesMatch('Ada Quist', 'Quist')).toBe(true);
    expect(namesMatch('Ada Quist', 'Ada Lind')).toBe(false);
    expect(wordOverlap('the roof leaks badly', 'The roof leaks.')).toBe(1);
  });
});
