import { describe, it, expect } from 'vitest';
import { loadConfig, ConfigError } from './config';

describe('loadConfig', () => {
  it('uses the documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.dataDir.endsWith('data')).toBe(true);
    expect(config.neo4j).toMatchObject({
      mode: 'embedded',
      boltPort: 7687,
      heap: '1024m',
      pageCacheMb: 512,
    });
  });

  it('switches to the external server when NEO4J_URI is set, routing URIs included', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_PASSWORD: 'pw',
    });
    expect(config.neo4j).toMatchObject({
      mode: 'external',
      uri: 'neo4j+s://abc.databases.neo4j.io',
      user: 'neo4j',
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['NEO4J_BOLT_PORT', '0'],
    ['NEO4J_HEAP', 'lots'],
    ['NEO4J_PAGECACHE', '10m'],
    ['NEO4J_URI', 'http://localhost:7474'],
    ['NEO4J_DATABASE', 'x'],
    ['LOG_LEVEL', 'loud'],
  ])('rejects %s=%s with a ConfigError naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    try {
      loadConfig({ [name]: value });
    } catch (error) {
      expect((error as Error).message.startsWith(name)).toBe(true);
    }
  });

  it('parses sizes in megabytes and gigabytes', () => {
    const config = loadConfig({ NEO4J_HEAP: '2g', NEO4J_PAGECACHE: '768m' });
    expect(config.neo4j).toMatchObject({ heap: '2048m', pageCacheMb: 768 });
  });
});

describe('loadConfig: Cypher workbench limits and APP_TOKEN', () => {
  it('defaults to a 10 s timeout, 1000 rows, 2000 elements and no token', () => {
    const config = loadConfig({});
    expect(config.cypher).toEqual({ timeoutMs: 10_000, maxRows: 1_000, maxElements: 2_000 });
    expect(config.appToken).toBeUndefined();
  });

  it('limits uploads to 20 MB a file, 20 files and 100 MB a request unless INGEST_* says otherwise', () => {
    const MB = 1024 * 1024;
    expect(loadConfig({}).ingest).toEqual({
      maxFileBytes: 20 * MB,
      maxFiles: 20,
      maxTotalBytes: 100 * MB,
    });
    const config = loadConfig({
      INGEST_MAX_FILE_MB: '5',
      INGEST_MAX_FILES: '3',
      INGEST_MAX_TOTAL_MB: '12',
    });
    expect(config.ingest).toEqual({ maxFileBytes: 5 * MB, maxFiles: 3, maxTotalBytes: 12 * MB });
    expect(() => loadConfig({ INGEST_MAX_FILE_MB: '0' })).toThrow('INGEST_MAX_FILE_MB');
  });

  it('reads CYPHER_TIMEOUT_MS, CYPHER_MAX_ROWS, CYPHER_MAX_ELEMENTS and APP_TOKEN', () => {
    const config = loadConfig({
      CYPHER_TIMEOUT_MS: '2500',
      CYPHER_MAX_ROWS: '50',
      CYPHER_MAX_ELEMENTS: '300',
      APP_TOKEN: 'a-long-enough-token-123',
    });
    expect(config.cypher).toEqual({ timeoutMs: 2_500, maxRows: 50, maxElements: 300 });
    expect(config.appToken).toBe('a-long-enough-token-123');
  });

  it.each([
    ['CYPHER_TIMEOUT_MS', '0'],
    ['CYPHER_TIMEOUT_MS', '10s'],
    ['CYPHER_MAX_ROWS', '-1'],
    ['CYPHER_MAX_ELEMENTS', 'many'],
    ['APP_TOKEN', 'short'],
    ['APP_TOKEN', 'has spaces in the token value'],
  ])('refuses %s=%s with one line naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });
});

describe('loadConfig: APP_TOKENS, named tokens', () => {
  const A = 'alice-token-0123456789';
  const B = 'bob:token:with:colons-0123';

  it('reads name:token pairs, trimmed, a token may hold colons', () => {
    const config = loadConfig({ APP_TOKENS: ` alice:${A} , bob.smith:${B}` });
    expect(config.appTokens).toEqual([
      { name: 'alice', token: A },
      { name: 'bob.smith', token: B },
    ]);
    expect(config.appToken).toBeUndefined();
  });

  it('sits beside APP_TOKEN, and is absent when unset or empty', () => {
    const config = loadConfig({ APP_TOKEN: 'the-unnamed-token-123', APP_TOKENS: `alice:${A}` });
    expect(config.appToken).toBe('the-unnamed-token-123');
    expect(config.appTokens).toEqual([{ name: 'alice', token: A }]);
    expect(loadConfig({}).appTokens).toBeUndefined();
    expect(loadConfig({ APP_TOKENS: ' ' }).appTokens).toBeUndefined();
  });

  it.each([
    ['no colon', `alice${A}`],
    ['an empty entry', `alice:${A},`],
    ['an empty name', `:${A}`],
    ['a name with a space', `al ice:${A}`],
    ['a short token', 'alice:short'],
    ['a token with a space', 'alice:has spaces in the token'],
    ['a name given twice', `alice:${A},alice:${A}x`],
    ['a token given twice', `alice:${A},bob:${A}`],
  ])('refuses %s with one line naming APP_TOKENS, never the token', (_what, value) => {
    let error: unknown;
    try {
      loadConfig({ APP_TOKENS: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/^APP_TOKENS /);
    expect(message).not.toContain('\n');
    expect(message).not.toContain(A);
  });

  it('refuses a named token equal to APP_TOKEN', () => {
    expect(() => loadConfig({ APP_TOKEN: A, APP_TOKENS: `alice:${A}` })).toThrow('APP_TOKENS');
  });
});
