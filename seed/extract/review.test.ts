import { describe, it, expect } from 'vitest';
import type { ArticleAnalysis } from './analyze';
import { UNCERTAIN, type FoundEvent } from './events';
import type { Participation } from './participation';
import { REVIEW_REASONS, reviewReasons } from './review';

const speaker = {} as Participation;
const analysis = (event: Partial<FoundEvent> | undefined, participations: Participation[]) =>
  ({
    event: event && {
      kind: 'panel',
      evidence: { start: 0, end: 1 },
      organizers: [],
      uncertain: [],
      ...event,
    },
    participations,
  }) as unknown as ArticleAnalysis;

describe('reviewReasons', () => {
  it('gives none for an event with a kind, a date, a place and speakers', () => {
    expect(reviewReasons(analysis({ date: '2019-03-03', city: 'Lisbon' }, [speaker]))).toEqual([]);
  });

  it('gives what the event stage could not establish, then whether anyone spoke', () => {
    const uncertain = [UNCERTAIN.noDate, UNCERTAIN.noPlace, UNCERTAIN.kind];
    expect(reviewReasons(analysis({ kind: 'event', uncertain }, []))).toEqual([
      REVIEW_REASONS.noDate,
      REVIEW_REASONS.noPlace,
      REVIEW_REASONS.uncertainKind,
      REVIEW_REASONS.noSpeakers,
    ]);
  });

  it('says only that no event was recognised when there is none, and whether anyone spoke', () => {
    expect(reviewReasons(analysis(undefined, [speaker]))).toEqual([REVIEW_REASONS.noEvent]);
    expect(reviewReasons(analysis(undefined, []))).toEqual([
      REVIEW_REASONS.noEvent,
      REVIEW_REASONS.noSpeakers,
    ]);
  });
});
