import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { GraphDocument } from './graph-document';
import { ORGANIZER_ROLES, SPEAKER_ROLES } from './roles';

const corpus = JSON.parse(
  readFileSync(new URL('../seed/corpus/corpus.graph.json', import.meta.url), 'utf8'),
) as GraphDocument;

function rolesOf(type: string): Set<unknown> {
  return new Set(corpus.relationships.filter((r) => r.type === type).map((r) => r.properties.role));
}

describe('roles', () => {
  it('list the speaker and organizer roles DESIGN.md names', () => {
    expect(SPEAKER_ROLES).toEqual(
      expect.arrayContaining(['speaker', 'moderator', 'guest speaker', 'video message', 'host']),
    );
    expect([...ORGANIZER_ROLES]).toEqual(['organizer', 'co-sponsor', 'host', 'invited by']);
  });

  it('cover every role the bundled corpus graph carries', () => {
    for (const role of rolesOf('SPOKE_AT')) expect(SPEAKER_ROLES).toContain(role);
    for (const role of rolesOf('ORGANIZED')) expect(ORGANIZER_ROLES).toContain(role);
    expect(rolesOf('SPOKE_AT').size).toBeGreaterThan(3);
  });
});
