import { describe, it, expect } from 'vitest';
import { exportFileName } from './export-file-name';

describe('export file names', () => {
  const at = new Date('2026-11-28T10:15:42.123Z');

  it('are dated in UTC and carry a name reduced to [a-z0-9-]', () => {
    expect(exportFileName(at, 'png', 'viewport')).toBe('graph-viewport-2026-11-28T10-15.png');
    expect(exportFileName(at, 'graphml')).toBe('graph-2026-11-28T10-15.graphml');
    expect(exportFileName(at, 'csv', 'Co-speakers of “Rama Yade”')).toBe(
      'graph-co-speakers-of-rama-yade-2026-11-28T10-15.csv',
    );
    expect(exportFileName(at, 'json', '  --x--  ')).toBe('graph-x-2026-11-28T10-15.json');
    expect(exportFileName(at, 'json', 'é'.repeat(60))).toBe('graph-2026-11-28T10-15.json');
  });

  it('keep at most 40 characters of the name', () => {
    expect(exportFileName(at, 'gexf', 'a'.repeat(50))).toBe(
      `graph-${'a'.repeat(40)}-2026-11-28T10-15.gexf`,
    );
  });
});
