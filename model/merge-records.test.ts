import { describe, it, expect } from 'vitest';
import { decodeMergeRecords, encodeMergeRecord, type MergeRecord } from './merge-records';

const record: MergeRecord = {
  spelling: 'UN',
  with: 'United Nations',
  reason: 'derived-acronym',
  confidence: 0.75,
  articles: ['article:a'],
  withArticles: ['article:b'],
  splitArticles: ['article:a'],
  splitId: 'organization:un',
};

describe('merge records', () => {
  it('round-trip through the JSON text the merges property holds, keys in a fixed order', () => {
    const text = encodeMergeRecord({ ...record });
    expect(decodeMergeRecords([text])).toEqual([record]);
    expect(Object.keys(JSON.parse(text) as object)[0]).toBe('spelling');
    const reordered = Object.fromEntries(Object.entries(record).reverse()) as MergeRecord;
    expect(encodeMergeRecord(reordered)).toBe(text);
  });

  it('skips what is not a record (hand-edited graphs) instead of failing the node', () => {
    const texts = ['not json', '{"spelling":"X","reason":"guess"}', 7, encodeMergeRecord(record)];
    expect(decodeMergeRecords(texts)).toEqual([record]);
    expect(decodeMergeRecords(null)).toEqual([]);
  });
});
