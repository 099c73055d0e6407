import { describe, it, expect } from 'vitest';
import { TOPICS, topicsOf } from './topics';

describe('topicsOf', () => {
  it('tags a claim with every topic whose keywords it uses', () => {
    expect(topicsOf('The IRGC took the benefits of the nuclear deal.')).toEqual([
      'topic:nuclear-deal',
      'topic:terrorism-irgc',
    ]);
    expect(topicsOf('30,000 political prisoners were executed in 1988.')).toEqual(
      expect.arrayContaining([
        'topic:1988-massacre',
        'topic:executions',
        'topic:political-prisoners',
      ]),
    );
  });

  it('keeps the vocabulary small and its ids well-formed', () => {
    expect(TOPICS.length).toBeLessThanOrEqual(12);
    for (const topic of TOPICS) expect(topic.id).toMatch(/^topic:[a-z0-9-]+$/);
  });
});
