import { describe, it, expect } from 'vitest';
import { exportFileName as serverName } from '../../../server/export/formats';
import { dispositionFileName, exportFileName } from './file-name';

describe('export file names', () => {
  const at = new Date('2026-11-28T10:15:42.123Z');

  it('follow the server’s convention for every name', () => {
    for (const name of [
      undefined,
      '',
      'selection',
      'Co-speakers of “Rama Yade”',
      '  --x--  ',
      'é'.repeat(60),
    ]) {
      expect(exportFileName(at, 'graphml', name)).toBe(serverName(at, 'graphml', name));
    }
    expect(exportFileName(at, 'png', 'viewport')).toBe('graph-viewport-2026-11-28T10-15.png');
  });

  it('reads the file name out of a Content-Disposition header', () => {
    expect(dispositionFileName('attachment; filename="graph-2026-11-28T10-15.gexf"')).toBe(
      'graph-2026-11-28T10-15.gexf',
    );
    expect(
      dispositionFileName('attachment; filename="x.json"; filename*=UTF-8\'\'graph%20a.json'),
    ).toBe('graph a.json');
    expect(dispositionFileName('attachment')).toBeUndefined();
    expect(dispositionFileName(null)).toBeUndefined();
  });
});
