import { describe, it, expect } from 'vitest';
import { corpusGraph } from './corpus';
import { readCorpusGraph } from '../../platform/load/corpus-document';

// The server seeds from the committed document; this keeps it equal to what the extractor
// makes of the corpus today. When it fails: `npm run build:corpus`, review the diff, commit it.
describe('the prebuilt corpus graph document', () => {
  it('is exactly what the extractor produces from the bundled corpus', async () => {
    const [prebuilt, extracted] = await Promise.all([readCorpusGraph(), corpusGraph()]);
    expect(prebuilt.nodes.length).toBeGreaterThan(0);
    expect(prebuilt).toEqual(JSON.parse(JSON.stringify(extracted)));
  });
});
