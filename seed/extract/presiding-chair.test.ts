import { describe, it, expect } from 'vitest';
import { extractGraph } from './index';

/** Speaker name → role in one invented report. */
function roles(text: string): Record<string, string> {
  const doc = extractGraph([{ name: 'report.txt', text }]);
  const names = new Map(doc.nodes.map((n) => [n.id, String(n.properties.name)]));
  return Object.fromEntries(
    doc.relationships
      .filter((r) => r.type === 'SPOKE_AT')
      .map((r) => [names.get(r.from) ?? r.from, String(r.properties.role)]),
  );
}

describe('presidesAsChair', () => {
  it('makes the chair of the committee holding a hearing its moderator', () => {
    expect(
      roles(
        'Senators question port bosses\n\nOTTAWA — Committee chair Sen. Ada Lindqvist opened the hearing on Tuesday. Port chief Omar Reyes told the hearing that cranes had failed twice.',
      ),
    ).toEqual({ 'Ada Lindqvist': 'moderator', 'Omar Reyes': 'speaker' });
    expect(
      roles(
        'Senators question port bosses\n\nOTTAWA — Sen. Ada Lindqvist, the Democrat who chairs the committee, said at the hearing on Tuesday that ports were unsafe. Port chief Omar Reyes told the hearing that cranes had failed twice.',
      ),
    ).toEqual({ 'Ada Lindqvist': 'moderator', 'Omar Reyes': 'speaker' });
  });

  it("makes a council's president the moderator of the council's hearing", () => {
    expect(
      roles(
        'Residents fight depot plan\n\nDULUTH, Minn. — Council President Ines Marr opened the public hearing on Monday. Plumber Tom Bly told the hearing that trucks would block his door.',
      ),
    ).toEqual({ 'Ines Marr': 'moderator', 'Tom Bly': 'speaker' });
  });

  it("leaves a committee's chair a speaker at other events", () => {
    expect(
      roles(
        'Port conference opens\n\nOTTAWA — Committee chair Ada Lindqvist told the conference on Tuesday that ports were unsafe. Port chief Omar Reyes said cranes had failed twice.',
      ),
    ).toEqual({ 'Ada Lindqvist': 'speaker', 'Omar Reyes': 'speaker' });
  });
});
