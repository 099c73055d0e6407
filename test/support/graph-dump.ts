/**
 * Every node and relationship of the graph model with all its properties, as sorted plain
 * JSON: to prove that an operation (a correction and its undo, a reload with corrections
 * replayed) left the graph exactly as it found it, property for property and type for type
 * (integers and dates are written with their type).
 */
import neo4j, { isDate, type Driver } from 'neo4j-driver';

const MODEL =
  'n:Person OR n:Organization OR n:Event OR n:Claim OR n:Assertion OR n:Article OR n:Place OR n:Topic';

function typed(value: unknown): unknown {
  if (neo4j.isInt(value)) return `int:${value.toString()}`;
  if (value && typeof value === 'object' && isDate(value)) return `date:${String(value)}`;
  if (Array.isArray(value)) return value.map(typed);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, typed(v)]),
    );
  return value;
}

export interface GraphDump {
  nodes: string[];
  relationships: string[];
}

export async function graphDump(driver: Driver, database = 'neo4j'): Promise<GraphDump> {
  const nodes = await driver.executeQuery(
    `MATCH (n) WHERE ${MODEL} RETURN labels(n) AS labels, properties(n) AS p`,
    {},
    { database },
  );
  const rels = await driver.executeQuery(
    `MATCH (n)-[r]->(m) WHERE ${MODEL} RETURN n.id AS a, type(r) AS t, m.id AS b, properties(r) AS p`,
    {},
    { database },
  );
  return {
    nodes: nodes.records.map((r) => JSON.stringify([r.get('labels'), typed(r.get('p'))])).sort(),
    relationships: rels.records
      .map((r) => JSON.stringify([r.get('a'), r.get('t'), r.get('b'), typed(r.get('p'))]))
      .sort(),
  };
}
