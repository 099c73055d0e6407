import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { nodeDate, outOfRange } from './date-filter';

const node = (
  id: string,
  label: string,
  extra: Record<string, unknown> = {},
): ElementDefinition => ({
  data: { id, label, name: id, ...extra },
});
const edge = (source: string, type: string, target: string): ElementDefinition => ({
  data: { id: `${type}:${source}->${target}`, source, target, type },
});

/**
 * A September event and a November one, each with its own speaker and organizer; one speaker
 * at both; a claim made at each; the November article; a person added by search who touches
 * nothing dated; and a "+N more" stub hanging off the September event.
 */
function graph() {
  return cytoscape({
    headless: true,
    elements: [
      node('event:sep', 'Event', { date: '2017-09-14' }),
      node('event:nov', 'Event', { date: '2017-11-28' }),
      node('person:sep-only', 'Person'),
      node('person:nov-only', 'Person'),
      node('person:both', 'Person'),
      node('org:sep', 'Organization'),
      node('claim:sep', 'Claim'),
      node('claim:nov', 'Claim'),
      node('topic:shared', 'Topic'),
      node('article:nov', 'Article', { published: '2017-11-30' }),
      node('person:alone', 'Person'),
      { data: { id: 'more:event:sep', label: 'More', name: '+5 more' }, classes: 'more' },
      edge('person:sep-only', 'SPOKE_AT', 'event:sep'),
      edge('person:nov-only', 'SPOKE_AT', 'event:nov'),
      edge('person:both', 'SPOKE_AT', 'event:sep'),
      edge('person:both', 'SPOKE_AT', 'event:nov'),
      edge('org:sep', 'ORGANIZED', 'event:sep'),
      edge('person:sep-only', 'CLAIMED', 'claim:sep'),
      edge('claim:sep', 'MADE_AT', 'event:sep'),
      edge('claim:sep', 'ABOUT', 'topic:shared'),
      edge('person:nov-only', 'CLAIMED', 'claim:nov'),
      edge('claim:nov', 'MADE_AT', 'event:nov'),
      edge('claim:nov', 'ABOUT', 'topic:shared'),
      edge('event:nov', 'REPORTED_IN', 'article:nov'),
      { data: { id: 'more-edge', source: 'event:sep', target: 'more:event:sep' }, classes: 'more' },
    ],
  });
}

const sorted = (ids: Set<string>) => [...ids].sort();

describe('date filter', () => {
  describe('nodeDate', () => {
    it('dates events by their date and articles by publication, nothing else', () => {
      const cy = graph();
      expect(nodeDate(cy.getElementById('event:sep'))).toBe('2017-09-14');
      expect(nodeDate(cy.getElementById('article:nov'))).toBe('2017-11-30');
      expect(nodeDate(cy.getElementById('person:both'))).toBeUndefined();
      expect(nodeDate(cy.getElementById('claim:sep'))).toBeUndefined();
    });
  });

  describe('outOfRange', () => {
    it('takes nothing off without a range', () => {
      expect(outOfRange(graph(), null, null).size).toBe(0);
    });

    it('takes off November with what only connects to it, and keeps what September holds', () => {
      const out = outOfRange(graph(), '2017-09-01', '2017-09-30');
      expect(sorted(out)).toEqual(
        ['article:nov', 'claim:nov', 'event:nov', 'person:nov-only'].sort(),
      );
    });

    it('keeps a speaker of both months and a topic shared across them', () => {
      const out = outOfRange(graph(), '2017-11-01', null);
      expect(out.has('person:both')).toBe(false);
      expect(out.has('topic:shared')).toBe(false);
      // September's own people, organizer and claim go with it.
      expect(sorted(out)).toEqual(['claim:sep', 'event:sep', 'org:sep', 'person:sep-only'].sort());
    });

    it('counts both ends of the range as inside', () => {
      const out = outOfRange(graph(), '2017-09-14', '2017-11-28');
      expect(out.has('event:sep')).toBe(false);
      expect(out.has('event:nov')).toBe(false);
      // Published two days after the range ends.
      expect(out.has('article:nov')).toBe(true);
    });

    it('leaves nodes that never touched anything dated, and "+N more" stubs', () => {
      const out = outOfRange(graph(), '2018-01-01', null);
      expect(out.has('person:alone')).toBe(false);
      expect(out.has('more:event:sep')).toBe(false);
      expect(out.has('person:both')).toBe(true);
    });

    it('keeps a claim made at an event inside the range even when another is outside', () => {
      const cy = graph();
      cy.add(edge('claim:nov', 'MADE_AT', 'event:sep'));
      const out = outOfRange(cy, '2017-09-01', '2017-09-30');
      expect(out.has('claim:nov')).toBe(false);
    });
  });
});
