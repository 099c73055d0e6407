/**
 * A hostile subgraph for the export round-trip suite, written with parameters into the test
 * database under ids `test-export:…` and removed afterwards: every model label, every
 * property type (strings, string/integer/float/boolean lists, an empty list, integers up to
 * beyond 2^53, integral and tiny floats, booleans, dates, datetimes, dates as strings) and
 * strings with quotes, backslashes, line breaks, `<`, `&`, `]]>`, emoji, right-to-left text
 * and leading `=`, `+`, `-`, `@`. Also canonical dumps, to compare graphs across databases.
 */
import neo4j, { type Driver, type Integer, type Node, type Relationship } from 'neo4j-driver';
import { toPlain } from '../../platform/neo4j/values';
import { propType, scalarText, valueText } from '../../server/export/typed-values';

export const PREFIX = 'test-export:';

export const HOSTILE = [
  `She said "no" and 'yes'`,
  'back\\slash \\" and a trailing backslash\\',
  'line one\nline two\r\nline three\rfour',
  '<b>bold</b> & <script>alert(1)</script></script><!--',
  'CDATA end ]]> here',
  'emoji 🇮🇷 👩🏽‍⚖️ 🙂',
  'مریم رجوی — right-to-left עברית',
  '=HYPERLINK("http://example.com","x")',
  '+1 plus',
  '-2 minus',
  '@SUM(A1)',
  "'already quoted",
  'tab\there',
  '  leading and trailing spaces  ',
  '`backtick` ${template} {{mustache}}',
  '',
  'semi;colon,comma|pipe',
];

const int = (n: number | string) => neo4j.int(n);

interface FixtureNode {
  labels: string[];
  props: Record<string, unknown>;
}
interface FixtureRel {
  type: string;
  start: string;
  end: string;
  props: Record<string, unknown>;
}

const id = (local: string) => PREFIX + local;
const ARTICLE = id('article-1');

function provenance(n: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: id(`rel-${n}`),
    source: ARTICLE,
    evidence: HOSTILE[n % HOSTILE.length],
    evidenceStart: int(n * 10),
    evidenceEnd: int(n * 10 + 42),
    method: 'pattern',
    confidence: 0.5 + n / 100,
    ...extra,
  };
}

export const FIXTURE_NODES: FixtureNode[] = [
  {
    labels: ['Person'],
    props: {
      id: id('person-hostile'),
      name: HOSTILE[0],
      aliases: HOSTILE,
      titles: [],
      age: int(42),
      big: int('9007199254740993'),
      negative: int(-7),
      score: 3.14,
      whole: 1.0,
      tiny: 1e-300,
      minus: -0.5,
      active: true,
      retired: false,
      born: new neo4j.types.Date(1953, 12, 4),
      seen: new neo4j.types.DateTime(2017, 6, 30, 10, 15, 30, 0, 7200),
      dateText: '2017-06-30',
      counts: [int(1), int(-2), int(3)],
      weights: [0.5, 2.0, -1.25],
      flags: [true, false],
      'weird key: "x" <&>': 'odd key',
      'back`tick': 'backtick key',
      ключ: 'ключ значение',
    },
  },
  {
    labels: ['Organization', 'Odd Label "x" <&>'],
    props: {
      id: id('org/"<&>"\'\\ 🙂 ]]>'),
      name: '=SUM(1+1)',
      aliases: ['+a', '-b', '@c', "'d"],
      kind: 'ngo',
    },
  },
  {
    labels: ['Event'],
    props: {
      id: id('event-1'),
      name: 'Panel <on> "rights" & more',
      kind: 'panel',
      date: '2017-06-30',
      city: 'Paris',
      venue: HOSTILE[3],
    },
  },
  {
    labels: ['Claim'],
    props: {
      id: id('claim-1'),
      text: HOSTILE[2],
      quote: HOSTILE[6],
      topics: [HOSTILE[1], HOSTILE[4], HOSTILE[5]],
    },
  },
  { labels: ['Assertion'], props: { id: id('assertion-1'), text: '30,000 "executed"' } },
  {
    labels: ['Article'],
    props: {
      id: ARTICLE,
      title: 'Article with ]]> and </script>',
      published: '2017-07-01',
      text: HOSTILE.join('\n'),
    },
  },
  { labels: ['Place'], props: { id: id('place-1'), name: 'Villepinte', country: 'France' } },
  { labels: ['Topic', 'Tick`Label'], props: { id: id('topic-1') } },
  { labels: ['Topic'], props: { id: id('topic-isolated'), name: '@isolated' } },
];

const P = id('person-hostile');
const O = id('org/"<&>"\'\\ 🙂 ]]>');
const E = id('event-1');
const C = id('claim-1');

export const FIXTURE_RELS: FixtureRel[] = [
  { type: 'SPOKE_AT', start: P, end: E, props: provenance(1, { role: 'speaker' }) },
  { type: 'SPOKE_AT', start: P, end: E, props: provenance(2, { role: 'moderator' }) },
  { type: 'AFFILIATED_WITH', start: P, end: O, props: provenance(3, { role: HOSTILE[7] }) },
  { type: 'ORGANIZED', start: O, end: E, props: provenance(4, { role: 'organizer' }) },
  { type: 'HELD_IN', start: E, end: id('place-1'), props: provenance(5) },
  { type: 'CLAIMED', start: P, end: C, props: provenance(6) },
  { type: 'MADE_AT', start: C, end: E, props: provenance(7) },
  { type: 'ABOUT', start: C, end: id('topic-1'), props: provenance(8) },
  { type: 'ASSERTS', start: C, end: id('assertion-1'), props: provenance(9) },
  { type: 'REPORTED_IN', start: C, end: ARTICLE, props: provenance(10) },
  { type: 'MENTIONS', start: ARTICLE, end: P, props: provenance(11) },
  { type: 'ABOUT', start: id('topic-1'), end: id('topic-1'), props: provenance(12) },
];

export const FIXTURE_IDS = FIXTURE_NODES.map((n) => n.props.id as string);

export async function writeFixture(driver: Driver, database: string): Promise<void> {
  await removeFixture(driver, database);
  for (const node of FIXTURE_NODES) {
    await driver.executeQuery(
      'CREATE (n) SET n = $props WITH n CALL (n) { SET n:$($labels) }',
      { props: node.props, labels: node.labels },
      { database },
    );
  }
  for (const rel of FIXTURE_RELS) {
    await driver.executeQuery(
      'MATCH (a {id: $start}), (b {id: $end}) CREATE (a)-[r:$($type)]->(b) SET r = $props',
      rel,
      { database },
    );
  }
}

export async function removeFixture(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery(
    'MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n',
    { prefix: PREFIX },
    { database },
  );
}

/** A value with its type, so `1` and `1.0`, or a date and its text, never compare equal. */
export function typed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(typed);
  return `${propType(value)}:${scalarText(value)}`;
}

export interface DumpNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}
export interface DumpRel {
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}
export interface Dump {
  nodes: DumpNode[];
  rels: DumpRel[];
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Every node (or those whose id starts with `prefix`) and the relationships among them,
 * with values passed through `convert` (default: typed, for exact comparisons).
 */
export async function dumpGraph(
  driver: Driver,
  database: string,
  prefix = '',
  convert: (value: unknown) => unknown = typed,
  ids?: string[],
): Promise<Dump> {
  const nodes = await driver.executeQuery(
    'MATCH (n) WHERE n.id STARTS WITH $prefix AND ($ids IS NULL OR n.id IN $ids) RETURN n',
    { prefix, ids: ids ?? null },
    { database },
  );
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) WHERE a.id STARTS WITH $prefix AND b.id STARTS WITH $prefix ' +
      'AND ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids)) RETURN a.id AS a, r, b.id AS b',
    { prefix, ids: ids ?? null },
    { database },
  );
  const props = (p: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(p)
        .map(([k, v]) => [k, convert(v)] as const)
        .sort(([x], [y]) => (x < y ? -1 : 1)),
    );
  return {
    nodes: nodes.records
      .map((r) => {
        const n = r.get('n') as Node<Integer, Record<string, unknown>>;
        return {
          id: n.properties.id as string,
          labels: [...n.labels].sort(),
          properties: props(n.properties),
        };
      })
      .sort(byId),
    rels: rels.records
      .map((r) => {
        const rel = r.get('r') as Relationship<Integer, Record<string, unknown>>;
        return {
          id: String(rel.properties.id),
          type: rel.type,
          start: r.get('a') as string,
          end: r.get('b') as string,
          properties: props(rel.properties),
        };
      })
      .sort(byId),
  };
}

/** Values as the JSON and HTML exports carry them. */
export const plain = (value: unknown) => toPlain(value);

/** Values as networkx reads typed GraphML/GEXF columns: int, float, bool, else text. */
export function xmlTyped(value: unknown): unknown {
  const type = propType(value);
  if (type === 'long') return { t: 'int', v: scalarText(value) };
  if (type === 'double') return { t: 'float', v: value };
  if (type === 'boolean') return { t: 'bool', v: value };
  return { t: 'str', v: valueText(value) };
}
