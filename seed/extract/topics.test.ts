import { describe, it, expect } from 'vitest';
import { extractGraph } from './index';
import { InputError } from '../../platform/input-error';
import { CORPUS_TOPICS, parseTopics, topicsOf } from './topics';

describe('topicsOf', () => {
  it('tags a claim with every topic of the list whose keywords it uses', () => {
    expect(topicsOf('The IRGC took the benefits of the nuclear deal.', CORPUS_TOPICS)).toEqual([
      'topic:nuclear-deal',
      'topic:terrorism-irgc',
    ]);
    expect(topicsOf('30,000 political prisoners were executed in 1988.', CORPUS_TOPICS)).toEqual(
      expect.arrayContaining([
        'topic:1988-massacre',
        'topic:executions',
        'topic:political-prisoners',
      ]),
    );
  });

  it('keeps the corpus vocabulary small and its ids well-formed', () => {
    expect(CORPUS_TOPICS.length).toBeLessThanOrEqual(12);
    for (const topic of CORPUS_TOPICS) expect(topic.id).toMatch(/^topic:[a-z0-9-]+$/);
  });
});

describe('topics belong to a corpus', () => {
  const report = {
    name: 'panel.txt',
    text: 'Panel on Safe Ports\n\nA panel on terror threats to ports was held in Oslo on 3 May 2022.\n\nInga Berg, a harbour master, said that terror drills must be held every month.\n',
  };
  const topicIds = (topics?: typeof CORPUS_TOPICS) =>
    extractGraph([report], topics ? { topics } : {})
      .nodes.filter((n) => n.label === 'Topic')
      .map((n) => n.id);

  it('gives another subject no topic of the bundled corpus unless asked', () => {
    expect(topicIds()).toEqual([]);
    expect(topicIds(CORPUS_TOPICS)).toEqual(['topic:terrorism-irgc']);
  });

  it('refuses a malformed topic list, naming the entry', () => {
    expect(() =>
      parseTopics({ topics: [{ id: 'topic:x', name: 'X', pattern: '(' }] }, 't.json'),
    ).toThrow(InputError);
    expect(() =>
      parseTopics({ topics: [{ id: 'bad id', name: 'X', pattern: 'x' }] }, 't.json'),
    ).toThrow(/topic 1/);
    expect(() => parseTopics([], 't.json')).toThrow(InputError);
  });
});
