/**
 * Analysts' corrections through the API against the real Neo4j and the shared corpus graph:
 * every action shows in the graph at once and its undo gives back the extracted graph property
 * for property; undoing one correction in the middle keeps the later ones; 404/400/409 with the
 * field or the current state; orphaned corrections kept and listed; export and import as one
 * JSON file; the APP_TOKEN guard; the review queue. Every correction made here is undone, and
 * the test checks the corpus graph is exactly as it was.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import type { Driver } from 'neo4j-driver';
import { apiError } from './support/api-error';
import { correctionsClient } from './support/corrections-client';
import { testApp, testDb, testDriver } from './support/neo4j';
import { graphDump, type GraphDump } from './support/graph-dump';
import type { CorrectionRecord } from '../model/corrections';
import { toPlain } from '../platform/neo4j/values';
import { EXPORT_FORMATS } from '../api/export';
import { PYTHON } from './support/python-tools';
import type { CorrectionsExport, CorrectionUndone, Link, ReviewResponse } from '../api';

const driver: Driver = testDriver();
const database = testDb(driver).database;
const app = testApp(driver);
const TOKEN = 'corrections-test-token-0123456789';
const guarded = testApp(driver, { appToken: TOKEN });
const ALICE = 'alices-own-token-0123456789';
const named = testApp(driver, { appToken: TOKEN, appTokens: [{ name: 'alice', token: ALICE }] });

const EVENT = 'event:2017-09-14-geneva-side-event-7a5ab7ba';
const ARTICLE = 'article:call-for-un-commission-of-inquiry-into-irans-1988massacre';
const SPOKE = `SPOKE_AT:person:rama-yade->${EVENT}`;
const SPOKE_2 = `SPOKE_AT:person:tom-syrin->${EVENT}`;
const ORGANIZED =
  'ORGANIZED:organization:committee-to-support-human-rights-in-iran->event:2017-11-28-paris-conference-5bb85181';

let initial: GraphDump;
const { made, correct, undo, undoMade } = correctionsClient(app);

beforeAll(async () => {
  initial = await graphDump(driver, database);
});

afterAll(async () => {
  // Anything a failed test left behind goes too.
  await undoMade();
  await driver.close();
});

/** The text of every file of a zip (the CSV export), read by Python's zipfile, not ours. */
function unzipText(zip: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corrections-export-'));
  try {
    fs.writeFileSync(path.join(dir, 'export.zip'), zip);
    execFileSync(PYTHON, [
      '-m',
      'zipfile',
      '-e',
      path.join(dir, 'export.zip'),
      path.join(dir, 'x'),
    ]);
    return fs
      .readdirSync(path.join(dir, 'x'))
      .map((f) => fs.readFileSync(path.join(dir, 'x', f), 'utf8'))
      .join('\n');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function one(query: string, params: Record<string, unknown> = {}): Promise<unknown> {
  const { records } = await driver.executeQuery(query, params, { database });
  return toPlain(records[0]?.get(0) ?? null);
}

/** A new person added as a speaker of EVENT, a sentence of ARTICLE as the evidence. */
async function addSpeaker(name: string, role: string) {
  const text = String(await one('MATCH (a:Article {id: $id}) RETURN a.text', { id: ARTICLE }));
  const start = text.indexOf('A number of survivors');
  const end = start + 'A number of survivors and family members'.length;
  const correction = await correct({
    action: 'add-speaker',
    event: EVENT,
    person: { name },
    role,
    article: ARTICLE,
    evidenceStart: start,
    evidenceEnd: end,
  });
  return { text, start, end, correction };
}

const relCount = (id: string) =>
  one('MATCH ()-[r]->() WHERE r.id = $id RETURN count(r)', { id }).then(Number);

describe('each action through the API, and its undo', () => {
  it('reject a relationship removes it; undo brings it back as extracted', async () => {
    const c = await correct({ action: 'reject', relationship: SPOKE });
    expect(c).toMatchObject({ action: 'reject', author: 'local', applied: true, orphaned: false });
    expect(c.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await relCount(SPOKE)).toBe(0);
    await undo(c.id);
    expect(await graphDump(driver, database)).toEqual(initial);
  });

  it('confirm and set-role write the curation status beside the extraction provenance', async () => {
    const confirmed = await correct({ action: 'confirm', relationship: SPOKE });
    const roled = await correct({ action: 'set-role', relationship: SPOKE_2, role: 'moderator' });
    const org = await correct({ action: 'set-role', relationship: ORGANIZED, role: 'co-sponsor' });
    const props = (await one('MATCH ()-[r]->() WHERE r.id = $id RETURN properties(r)', {
      id: SPOKE,
    })) as Record<string, unknown>;
    expect(props).toMatchObject({ curation: 'confirmed', curatedBy: 'local', method: 'pattern' });
    expect(props.curationId).toBe(confirmed.id);
    expect(
      await one('MATCH ()-[r]->() WHERE r.id = $id RETURN [r.role, r.curation]', { id: SPOKE_2 }),
    ).toEqual(['moderator', 'changed']);
    for (const c of [org, roled, confirmed]) await undo(c.id);
    expect(await graphDump(driver, database)).toEqual(initial);
  });

  it('rename, add-alias and reject a node; merge two people; undo restores all', async () => {
    const renamed = await correct({
      action: 'rename',
      node: 'person:tom-syrin',
      name: 'Tom Sirin',
    });
    expect(
      await one("MATCH (p:Person {id: 'person:tom-syrin'}) RETURN [p.name, p.aliases]"),
    ).toEqual(['Tom Sirin', ['Tom Syrin']]);
    const alias = await correct({
      action: 'add-alias',
      node: 'person:rama-yade',
      alias: 'R. Yade',
    });
    const search = await request(app).get('/api/search').query({ q: 'R. Yade' });
    expect(JSON.stringify(search.body)).toContain('person:rama-yade');
    const merged = await correct({
      action: 'merge',
      into: 'person:tahar-boumedra',
      from: 'person:mostafa-naderi',
    });
    expect(await one("MATCH (p:Person {id: 'person:mostafa-naderi'}) RETURN count(p)")).toBe(0);
    expect(await one("MATCH (p:Person {id: 'person:tahar-boumedra'}) RETURN p.aliases")).toContain(
      'Mostafa Naderi',
    );
    expect(await relCount(`SPOKE_AT:person:mostafa-naderi->${EVENT}`)).toBe(1);
    expect(
      await one(
        `MATCH (p:Person {id: 'person:tahar-boumedra'})-[r:SPOKE_AT]->() WHERE r.id = $id RETURN count(r)`,
        { id: `SPOKE_AT:person:mostafa-naderi->${EVENT}` },
      ),
    ).toBe(1);
    const rejected = await correct({ action: 'reject', node: 'person:zohreh-bijanyar' });
    expect(await one("MATCH (p:Person {id: 'person:zohreh-bijanyar'}) RETURN count(p)")).toBe(0);
    for (const c of [rejected, merged, alias, renamed]) await undo(c.id);
    expect(await graphDump(driver, database)).toEqual(initial);
  });

  it('add-speaker (a new person) and add-claim take the span as evidence with its offsets', async () => {
    const {
      text,
      start,
      end,
      correction: speaker,
    } = await addSpeaker('Nadia Testperson', 'guest speaker');
    const rel = (await one(
      "MATCH (:Person {id: 'person:nadia-testperson'})-[r:SPOKE_AT]->(:Event {id: $event}) RETURN properties(r)",
      { event: EVENT },
    )) as Record<string, unknown>;
    expect(rel).toMatchObject({
      method: 'curation',
      role: 'guest speaker',
      curation: 'added',
      source: ARTICLE,
      evidence: text.slice(start, end),
    });
    expect(Number(rel.evidenceStart)).toBe(start);
    const claim = await correct({
      action: 'add-claim',
      person: 'person:rama-yade',
      article: ARTICLE,
      evidenceStart: start,
      evidenceEnd: end,
    });
    expect(
      await one(
        "MATCH (:Person {id: 'person:rama-yade'})-[:CLAIMED]->(c:Claim)-[:MADE_AT]->(:Event {id: $event}) WHERE c.method = 'curation' RETURN c.quote",
        { event: EVENT },
      ),
    ).toBe(text.slice(start, end));
    const details = await request(app).get(
      `/api/nodes/${encodeURIComponent('person:nadia-testperson')}`,
    );
    expect(details.status).toBe(200);
    await undo(claim.id);
    await undo(speaker.id);
    expect(await graphDump(driver, database)).toEqual(initial);
  });

  it('undoing a correction in the middle keeps the later ones (extraction + the rest)', async () => {
    const a = await correct({ action: 'rename', node: 'person:tom-syrin', name: 'Thomas Syrin' });
    const b = await correct({ action: 'add-alias', node: 'person:tom-syrin', alias: 'T. Syrin' });
    await undo(a.id);
    expect(
      await one("MATCH (p:Person {id: 'person:tom-syrin'}) RETURN [p.name, p.aliases]"),
    ).toEqual(['Tom Syrin', ['T. Syrin']]);
    await undo(b.id);
    expect(await graphDump(driver, database)).toEqual(initial);
  });

  it('lists corrections newest first', async () => {
    const a = await correct({ action: 'confirm', node: 'person:rama-yade' });
    const b = await correct({ action: 'confirm', node: 'person:tom-syrin' });
    const body: unknown = (await request(app).get('/api/corrections')).body;
    const ids = (body as { corrections: CorrectionRecord[] }).corrections.map((c) => c.id);
    expect(ids.indexOf(b.id)).toBeLessThan(ids.indexOf(a.id));
    await undo(b.id);
    await undo(a.id);
  });
});

describe('undo tells the client what to redraw', () => {
  const undoBody = async (id: string) => {
    const response = await request(app).delete(`/api/corrections/${id}`);
    expect(response.status).toBe(200);
    made.delete(id);
    return response.body as CorrectionUndone;
  };

  it('a rejected relationship comes back with both ends; a rejected node with its links', async () => {
    const rel = await correct({ action: 'reject', relationship: SPOKE });
    const back = await undoBody(rel.id);
    expect(back.removed).toEqual([]);
    expect(back.elements.edges.map((e) => e.data)).toEqual([
      expect.objectContaining({ id: SPOKE, source: 'person:rama-yade', target: EVENT }),
    ]);
    expect(back.elements.nodes.map((n) => n.data.id)).toEqual(
      expect.arrayContaining(['person:rama-yade', EVENT]),
    );
    const node = await correct({ action: 'reject', node: 'person:tom-syrin' });
    const again = await undoBody(node.id);
    expect(again.elements.nodes.map((n) => n.data.id)).toContain('person:tom-syrin');
    expect(again.elements.edges.map((e) => e.data.id)).toContain(SPOKE_2);
    expect(await graphDump(driver, database)).toEqual(initial);
  });

  it('an undone rename comes back with the extracted name; an undone addition is listed as removed', async () => {
    const renamed = await correct({ action: 'rename', node: 'person:tom-syrin', name: 'Tom X' });
    const back = await undoBody(renamed.id);
    expect(back.elements.nodes.find((n) => n.data.id === 'person:tom-syrin')?.data.name).toBe(
      'Tom Syrin',
    );
    const { correction: added } = await addSpeaker('Undo Testperson', 'speaker');
    const gone = await undoBody(added.id);
    expect(gone.removed).toEqual(
      expect.arrayContaining([
        'person:undo-testperson',
        `SPOKE_AT:person:undo-testperson->${EVENT}#${added.id}`,
      ]),
    );
    expect(await graphDump(driver, database)).toEqual(initial);
  });
});

describe('the log names what each correction touched', () => {
  const listed = async (id: string) => {
    const body = (await request(app).get('/api/corrections')).body as {
      corrections: CorrectionRecord[];
    };
    return body.corrections.find((c) => c.id === id)!;
  };
  const eventName = () => one('MATCH (e:Event {id: $id}) RETURN e.name', { id: EVENT });

  it('a relationship reads "A spoke at B", a node by its name, each with its id', async () => {
    const c = await correct({ action: 'confirm', relationship: SPOKE });
    const name = `Rama Yade spoke at ${String(await eventName())}`;
    expect(c.touched).toEqual([{ id: SPOKE, label: 'SPOKE_AT', name }]);
    expect((await listed(c.id)).summary).toBe(`confirm ${name}`);
    await undo(c.id);
  });

  it('a rejected node and a merged-away one keep their names; a rename shows the old one', async () => {
    const rejected = await correct({ action: 'reject', node: 'person:zohreh-bijanyar' });
    const merged = await correct({
      action: 'merge',
      into: 'person:tahar-boumedra',
      from: 'person:mostafa-naderi',
    });
    const renamed = await correct({ action: 'rename', node: 'person:tom-syrin', name: 'Tom Q' });
    expect((await listed(rejected.id)).touched).toEqual([
      { id: 'person:zohreh-bijanyar', label: 'Person', name: 'Zohreh Bijanyar' },
    ]);
    expect((await listed(merged.id)).summary).toBe('merge Mostafa Naderi into Tahar Boumedra');
    expect((await listed(renamed.id)).summary).toBe('rename Tom Syrin → "Tom Q"');
    for (const c of [renamed, merged, rejected]) await undo(c.id);
    expect(await graphDump(driver, database)).toEqual(initial);
  });
});

describe('refusals', () => {
  it.each([
    [{ action: 'reject', relationship: 'SPOKE_AT:nobody->nothing' }, 404, 'relationship'],
    [{ action: 'rename', node: 'person:nobody-here', name: 'X' }, 404, 'node'],
    [
      { action: 'merge', into: 'person:rama-yade', from: 'organization:amnesty-international' },
      400,
      'from',
    ],
    [{ action: 'set-role', relationship: SPOKE, role: 'juggler' }, 400, 'role'],
    [
      {
        action: 'add-claim',
        person: 'person:rama-yade',
        article: ARTICLE,
        evidenceStart: 10,
        evidenceEnd: 10_000_000,
      },
      400,
      'evidenceEnd',
    ],
    [{ action: 'rename', node: 'person:rama-yade' }, 400, 'name'],
    [{ action: 'fix-everything' }, 400, 'action'],
  ])('%j answers %i naming %s, and changes nothing', async (body, status, field) => {
    const response = await request(app).post('/api/corrections').send(body);
    expect(response.status).toBe(status);
    expect(apiError(response).details?.parameter).toBe(field);
    expect(await graphDump(driver, database)).toEqual(initial);
  });

  it('an unknown correction id is 404 on undo', async () => {
    const response = await request(app).delete('/api/corrections/cor-nope-00000000');
    expect(response.status).toBe(404);
  });

  it('two analysts on one element: the second gets 409 with the current state', async () => {
    const first = await correct({
      action: 'set-role',
      relationship: SPOKE,
      role: 'host',
      version: 0,
    });
    const second = await request(app)
      .post('/api/corrections')
      .send({ action: 'reject', relationship: SPOKE, version: 0 });
    expect(second.status).toBe(409);
    expect(apiError(second).code).toBe('conflict');
    expect(apiError(second).details).toMatchObject({
      version: 1,
      current: { role: 'host', curation: 'changed' },
    });
    expect(await relCount(SPOKE)).toBe(1);
    const retried = await correct({ action: 'confirm', relationship: SPOKE, version: 1 });
    await undo(retried.id);
    await undo(first.id);
    expect(await graphDump(driver, database)).toEqual(initial);
  });

  describe('two analysts on one relationship at once', () => {
    const post = (body: object) => request(app).post('/api/corrections').send(body);
    const version = async (id: string) => {
      const person = id.slice('SPOKE_AT:'.length, id.indexOf('->'));
      const details = await request(app).get(`/api/nodes/${encodeURIComponent(person)}`);
      const links = (details.body as { details: { events: Link[] } }).details.events;
      return links.find((l) => l.relationship === id)?.curationVersion;
    };

    it('the details and the review queue show the version a decision must send', async () => {
      expect(await version(SPOKE)).toBe(0);
      const c = await correct({ action: 'confirm', relationship: SPOKE, version: 0 });
      expect(await version(SPOKE)).toBe(1);
      await undo(c.id);
      const queue = (await request(app).get('/api/review').query({ limit: 5 }))
        .body as ReviewResponse;
      for (const item of queue.items) expect(item.version).toBe(0);
    });

    it.each([
      ['confirm', 'reject'],
      ['set-role', 'confirm'],
      ['reject', 'set-role'],
    ])(
      '%s and %s sent together: one is made, the other gets 409 with the current state',
      async (a, b) => {
        const body = (action: string) => ({
          action,
          relationship: SPOKE,
          version: 0,
          ...(action === 'set-role' ? { role: 'moderator' } : {}),
        });
        const answers = await Promise.all([post(body(a)), post(body(b))]);
        const made = answers.filter((r) => r.status === 201);
        const refused = answers.filter((r) => r.status === 409);
        expect([made.length, refused.length]).toEqual([1, 1]);
        const first = (made[0]!.body as { correction: CorrectionRecord }).correction;
        const conflict = apiError(refused[0]!);
        expect(conflict.code).toBe('conflict');
        if (first.action === 'reject')
          // Gone: the answer names the correction that removed it, and who made it.
          expect(conflict.details).toMatchObject({
            current: null,
            removedBy: { id: first.id, action: 'reject', author: 'local' },
          });
        else
          expect(conflict.details).toMatchObject({
            version: 1,
            current: {
              curationId: first.id,
              curation: first.action === 'confirm' ? 'confirmed' : 'changed',
            },
          });
        await undo(first.id);
        expect(await graphDump(driver, database)).toEqual(initial);
      },
    );

    it('an unversioned decision on a removed relationship is still a 404', async () => {
      const c = await correct({ action: 'reject', relationship: SPOKE });
      expect((await post({ action: 'confirm', relationship: SPOKE })).status).toBe(404);
      await undo(c.id);
    });
  });

  it('changes need the token when APP_TOKEN is set', async () => {
    const body = { action: 'confirm', node: 'person:rama-yade' };
    expect((await request(guarded).post('/api/corrections').send(body)).status).toBe(401);
    const ok = await request(guarded)
      .post('/api/corrections')
      .set('Authorization', `Bearer ${TOKEN}`)
      .send(body);
    expect(ok.status).toBe(201);
    const id = (ok.body as { correction: CorrectionRecord }).correction.id;
    made.add(id);
    expect((await request(guarded).delete(`/api/corrections/${id}`)).status).toBe(401);
    expect(
      (
        await request(guarded)
          .delete(`/api/corrections/${id}`)
          .set('Authorization', `Bearer ${TOKEN}`)
      ).status,
    ).toBe(200);
    made.delete(id);
    expect((await request(guarded).get('/api/corrections')).status).toBe(200);
  });
});

describe('named tokens (APP_TOKENS)', () => {
  const post = (token: string | null) => {
    const call = request(named).post('/api/corrections');
    if (token) void call.set('Authorization', `Bearer ${token}`);
    return call.send({ action: 'confirm', node: 'person:rama-yade' });
  };

  it("a correction made with a named token has the token's name as author; APP_TOKEN's is local", async () => {
    const byAlice = await post(ALICE);
    expect(byAlice.status).toBe(201);
    const c = (byAlice.body as { correction: CorrectionRecord }).correction;
    made.add(c.id);
    expect(c.author).toBe('alice');
    expect(
      await one("MATCH (p:Person {id: 'person:rama-yade'}) RETURN [p.curation, p.curatedBy]"),
    ).toEqual(['confirmed', 'alice']);
    const listed = (await request(named).get('/api/corrections')).body as {
      corrections: CorrectionRecord[];
      tokenRequired: boolean;
    };
    expect(listed.tokenRequired).toBe(true);
    expect(listed.corrections.find((x) => x.id === c.id)?.author).toBe('alice');

    const unnamed = await post(TOKEN);
    expect(unnamed.status).toBe(201);
    const d = (unnamed.body as { correction: CorrectionRecord }).correction;
    made.add(d.id);
    expect(d.author).toBe('local');
    expect((await post('not-a-known-token-0000')).status).toBe(401);
    expect((await post(null)).status).toBe(401);
    for (const x of [d, c]) {
      const response = await request(named)
        .delete(`/api/corrections/${x.id}`)
        .set('Authorization', `Bearer ${ALICE}`);
      expect(response.status).toBe(200);
      made.delete(x.id);
    }
    expect(await graphDump(driver, database)).toEqual(initial);
  });

  it('a named token alone guards changes too', async () => {
    const only = testApp(driver, { appTokens: [{ name: 'alice', token: ALICE }] });
    const body = { action: 'confirm', node: 'person:rama-yade' };
    expect((await request(only).post('/api/corrections').send(body)).status).toBe(401);
    expect((await request(only).post('/api/queries').send({})).status).toBe(401);
  });
});

describe('export, import and orphans', () => {
  it('exports corrections as one file and imports them back, applied in order', async () => {
    const a = await correct({ action: 'rename', node: 'person:tom-syrin', name: 'Tom Syrin-Test' });
    const b = await correct({ action: 'reject', relationship: SPOKE_2 });
    const corrected = await graphDump(driver, database);
    const file = (await request(app).get('/api/corrections/export')).body as CorrectionsExport;
    expect(file.format).toBe('knowledge-graph-explorer/corrections');
    const mine = {
      ...file,
      corrections: file.corrections.filter((c) => c.id === a.id || c.id === b.id),
    };
    expect(mine.corrections.map((c) => c.id)).toEqual([a.id, b.id]);
    await undo(b.id);
    await undo(a.id);
    expect(await graphDump(driver, database)).toEqual(initial);

    const imported = await request(app).post('/api/corrections/import').send(mine);
    expect(imported.status).toBe(201);
    const created = (imported.body as { created: CorrectionRecord[] }).created;
    for (const c of created) made.add(c.id);
    expect(created.map((c) => [c.id, c.applied])).toEqual([
      [a.id, true],
      [b.id, true],
    ]);
    expect(await graphDump(driver, database)).toEqual(corrected);
    const again = await request(app).post('/api/corrections/import').send(mine);
    expect(again.body).toMatchObject({ created: [], skipped: [a.id, b.id] });
    await undo(b.id);
    await undo(a.id);
    expect(await graphDump(driver, database)).toEqual(initial);
  });

  it('a correction whose target is missing is kept and listed as orphaned', async () => {
    const file = {
      format: 'knowledge-graph-explorer/corrections',
      version: 1,
      exportedAt: new Date().toISOString(),
      corrections: [
        {
          id: 'cor-test-orphan-1',
          action: 'reject',
          payload: { action: 'reject', relationship: 'SPOKE_AT:person:gone->event:gone' },
          author: 'someone',
          createdAt: '2026-01-01T00:00:00.000Z',
        },
      ],
    };
    const imported = await request(app).post('/api/corrections/import').send(file);
    expect(imported.status).toBe(201);
    made.add('cor-test-orphan-1');
    const body: unknown = (await request(app).get('/api/corrections')).body;
    const listed = (body as { corrections: CorrectionRecord[] }).corrections.find(
      (c) => c.id === 'cor-test-orphan-1',
    );
    expect(listed).toMatchObject({ orphaned: true, applied: false, author: 'someone' });
    // Found nowhere: no name, and the log shows the id.
    expect(listed?.touched).toEqual([
      { id: 'SPOKE_AT:person:gone->event:gone', label: null, name: null },
    ]);
    expect(listed?.summary).toBe('reject SPOKE_AT:person:gone->event:gone');
    await undo('cor-test-orphan-1');
    expect(await graphDump(driver, database)).toEqual(initial);
  });

  it('refuses a file that is not a corrections export', async () => {
    const response = await request(app).post('/api/corrections/import').send({ format: 'x' });
    expect(response.status).toBe(400);
  });
});

describe('exports', () => {
  it("carry the corrected graph and each element's curation status as properties", async () => {
    const a = await correct({ action: 'confirm', relationship: SPOKE });
    const b = await correct({
      action: 'rename',
      node: 'person:rama-yade',
      name: 'Rama Yade (checked)',
    });
    // Every format, read as its next tool would see the text: the status is a property there.
    for (const format of EXPORT_FORMATS) {
      const response = await request(app)
        .post('/api/export')
        .send({ format, nodeIds: ['person:rama-yade', EVENT] })
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(response.status, format).toBe(200);
      const body = response.body as Buffer;
      const text = format === 'csv' ? unzipText(body) : body.toString('utf8');
      expect(text, format).toContain('Rama Yade (checked)');
      for (const value of ['curation', 'curatedBy', 'confirmed', 'changed', a.id, b.id])
        expect(text, `${format}: ${value}`).toContain(value);
    }
    await undo(b.id);
    await undo(a.id);
    expect(await graphDump(driver, database)).toEqual(initial);
  });
});

describe('GET /api/review', () => {
  it('lists uncurated facts lowest confidence first, with evidence and source', async () => {
    const response = await request(app).get('/api/review').query({ limit: 30 });
    expect(response.status).toBe(200);
    const { items, total } = response.body as ReviewResponse;
    expect(items.length).toBe(30);
    expect(total).toBeGreaterThan(100);
    const confidences = items.map((i) => i.confidence);
    expect(confidences).toEqual([...confidences].sort((x, y) => x - y));
    for (const item of items.filter((i) => i.kind !== 'article')) {
      expect(item.evidence.length).toBeGreaterThan(0);
      expect(item.source).toMatch(/^article:/);
    }
  });

  it('leaves out what an analyst confirmed', async () => {
    const first = (
      (await request(app).get('/api/review').query({ limit: 1 })).body as ReviewResponse
    ).items[0]!;
    const c = await correct({ action: 'confirm', [first.target]: first.id });
    const next = (
      (await request(app).get('/api/review').query({ limit: 1 })).body as ReviewResponse
    ).items[0]!;
    expect(next.id).not.toBe(first.id);
    await undo(c.id);
  });
});
