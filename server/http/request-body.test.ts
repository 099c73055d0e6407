import { describe, expect, it } from 'vitest';
import { code, failure, outcome } from './app-error-outcome';
import { EXPORT_FORMATS, ExportRequest } from '../../api/export';
import { CypherRequest, MAX_CYPHER_LENGTH } from '../../api/cypher';
import { parseBody } from './request-body';

describe('JSON bodies', () => {
  const op = 'export';
  const parse = (body: unknown) => parseBody(op, ExportRequest, body);

  it('fill in the defaults of what is left out', () => {
    expect(parse({ format: 'json', nodeIds: ['a'] })).toEqual({
      format: 'json',
      nodeIds: ['a'],
      hops: 0,
      formulaGuard: true,
    });
  });

  it('refuse a body that is not an object, naming the fields', async () => {
    for (const body of [null, [], 'x', 3]) {
      expect(await code(() => parse(body)), JSON.stringify(body)).toBe('invalid_argument');
    }
    const error = await failure(() => parse([]));
    expect(error.message).toContain('format');
  });

  it('report the earliest property in the schema first, with the allowed values', async () => {
    expect(await outcome(() => parse({ format: 'xlsx', hops: 9 }))).toEqual({
      code: 'invalid_argument',
      details: { parameter: 'format', value: 'xlsx', allowed: [...EXPORT_FORMATS] },
    });
    expect(await outcome(() => parse({ format: 'json', nodeIds: ['a'], hops: 9 }))).toEqual({
      code: 'invalid_argument',
      details: { parameter: 'hops', value: 9, min: 0, max: 3 },
    });
  });

  it('refuse wrong types and sizes without coercing', async () => {
    for (const body of [
      { format: 'json', nodeIds: ['a'], hops: '2' },
      { format: 'json', nodeIds: ['a'], hops: 1.5 },
      { format: 'json', nodeIds: [] },
      { format: 'json', nodeIds: [1, 2] },
      { format: 'json', query: '   ' },
      { format: 'json', query: 'RETURN 1', params: [] },
      { format: 'json', nodeIds: ['a'], layout: [] },
      { format: 'json', nodeIds: ['a'], formulaGuard: 'no' },
    ]) {
      expect(await code(() => parse(body)), JSON.stringify(body)).toBe('invalid_argument');
    }
  });

  it('word an error about the body as a whole by the schema description', async () => {
    for (const body of [
      { format: 'json' },
      { format: 'json', nodeIds: ['a'], query: 'RETURN 1' },
    ]) {
      const error = await failure(() => parse(body));
      expect(error.code).toBe('invalid_argument');
      expect(error.message).toContain('nodeIds');
      expect(error.message).toContain('query');
    }
  });

  it('say the length limit of a string', async () => {
    const error = await failure(() =>
      parseBody('cypher', CypherRequest, { query: 'x'.repeat(MAX_CYPHER_LENGTH + 1) }),
    );
    expect(error.details).toEqual({ parameter: 'query', maxLength: MAX_CYPHER_LENGTH });
  });
});
