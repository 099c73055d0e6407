/**
 * Fuzzes every operation of `/api/openapi.json` with schemathesis (PyPI, installed by the test
 * set-up into .scratch/venv-test, see support/python-tools.ts) against the in-process app on
 * the run's seeded corpus, bounded in examples and time, loopback only: no 5xx (a 503 would
 * have to be documented), every status documented, every response body matching its schema.
 * Saved queries the fuzzer creates are removed afterwards; it cannot change the corpus (Cypher
 * and export run read-only; adding documents, POST /api/ingest, is left out of the fuzzing).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { testApp, testDriver, testNeo4j, graphCounts } from './support/neo4j';
import { SCHEMATHESIS } from './support/python-tools';

const driver = testDriver();
const database = testNeo4j().database;
let server: Server;
let url: string;
let savedBefore: string[];

async function savedQueryIds(): Promise<string[]> {
  const { records } = await driver.executeQuery(
    'MATCH (q:SavedQuery) RETURN q.id AS id',
    {},
    { database },
  );
  return records.map((r) => String(r.get('id')));
}

beforeAll(async () => {
  savedBefore = await savedQueryIds();
  server = testApp(driver, { rateLimitPerMin: 0 }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await driver.executeQuery(
    'MATCH (q:SavedQuery) WHERE NOT q.id IN $keep DETACH DELETE q',
    { keep: savedBefore },
    { database },
  );
  await driver.close();
});

function runTool(
  command: string,
  args: string[],
  timeoutMs: number,
): Promise<{ status: number | null; stdout: string; stderr: string; error?: Error }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      resolve({ status: null, stdout, stderr, error });
    });
    child.once('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

describe('schemathesis against /api/openapi.json', () => {
  it('finds no server error, no undocumented status and no response outside its schema', async () => {
    const before = await graphCounts(driver);
    // Asynchronously: the app under test answers from this same event loop.
    const run = await runTool(
      SCHEMATHESIS,
      [
        'run',
        `${url}/api/openapi.json`,
        '--checks',
        'not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance',
        '--max-examples',
        '10',
        '--max-time',
        '40',
        '--request-timeout',
        '20',
        '--seed',
        '1988',
        '--phases',
        'examples,coverage,fuzzing',
        '--no-color',
        // Adding documents writes to the graph in a background job; its refusals of every bad
        // input are tested in ingest-api.test.ts.
        '--exclude-operation-id',
        'ingestDocuments',
      ],
      150_000,
    );
    if (run.error) {
      throw new Error(
        `cannot run schemathesis (${run.error.message}): the integration project's set-up (test/python-setup.ts) installs it into .scratch/venv-test; run this file through it (npm run test:integration -- test/api-fuzz.test.ts)`,
      );
    }
    const output = `${run.stdout}\n${run.stderr}`;
    // The summary (operations, test cases, failures) for the CI log and docs/reliability.md.
    // Prefixed, and without schemathesis's closing "=== 2 warnings in 40s ===" rule: CI reads
    // such a line as pytest's, which would make it count a run that executed no test.
    console.log(
      output
        .split('\n')
        .slice(-25)
        .filter((line) => line.trim() && !/^=+ .* =+$/.test(line.trim()))
        .map((line) => `schemathesis | ${line}`)
        .join('\n'),
    );
    expect(output, output.slice(-6000)).toMatch(/operations? tested|Test cases|passed/i);
    expect(run.status, output.slice(-6000)).toBe(0);
    // Saved queries aside, the graph is as it was.
    const after = await graphCounts(driver);
    const fuzzerQueries = (await savedQueryIds()).length - savedBefore.length;
    expect(after.nodes - fuzzerQueries).toBe(before.nodes);
  }, 180_000);
});
