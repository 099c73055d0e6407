import { describe, it, expect } from 'vitest';
import { dispositionFileName } from './file-name';

describe('export file names in responses', () => {
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
