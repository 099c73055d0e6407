/**
 * The `load-csv.cypher` script shipped inside the CSV zip: LOAD CSV statements written for
 * this export's columns, converting each typed column back (toInteger, toFloat, date…),
 * splitting lists on U+001F and undoing the formula guard, so the zip can be loaded into any
 * Neo4j 5.26+ without neo4j-admin. Parameters `$nodesUrl` and `$relationshipsUrl` say where the
 * files are (file:///… under the import directory, or http(s)://…).
 */
import type { GraphSchema, PropType } from './model';
import { ARRAY_DELIMITER, csvType, isBareType } from './csv-cells';
import { cypherName, cypherString } from './cypher-literal';

const CONVERT: Record<string, (v: string) => string> = {
  string: (v) => v,
  long: (v) => `toInteger(${v})`,
  double: (v) => `toFloat(${v})`,
  boolean: (v) => `toBoolean(${v})`,
  date: (v) => `date(${v})`,
  datetime: (v) => `datetime(${v})`,
  localdatetime: (v) => `localdatetime(${v})`,
  time: (v) => `time(${v})`,
  localtime: (v) => `localtime(${v})`,
  duration: (v) => `duration(${v})`,
};

function unguard(cell: string, formulaGuard: boolean): string {
  return formulaGuard
    ? `CASE WHEN ${cell} STARTS WITH "'" THEN substring(${cell}, 1) ELSE ${cell} END`
    : cell;
}

/** The Cypher expression reading one typed column of `row`. */
export function columnReader(header: string, type: PropType, formulaGuard: boolean): string {
  const cell = `row[${cypherString(header)}]`;
  const scalar = csvType(type).replace('[]', '');
  const convert = CONVERT[scalar] ?? CONVERT.string!;
  if (type.endsWith('[]')) {
    const text = unguard(cell, formulaGuard);
    return `CASE WHEN ${cell} IS NULL THEN null WHEN ${text} = '' THEN [] ELSE [x IN split(${text}, ${cypherString(ARRAY_DELIMITER)}) | ${convert('x')}] END`;
  }
  return convert(isBareType(type) ? cell : unguard(cell, formulaGuard));
}

export function headerName(key: string, type: PropType): string {
  return `${key}:${csvType(type)}`;
}

function propertyMap(keys: [string, PropType][], formulaGuard: boolean): string {
  return `{${keys
    .map(
      ([key, type]) =>
        `${cypherName(key)}: ${columnReader(headerName(key, type), type, formulaGuard)}`,
    )
    .join(', ')}}`;
}

export function loadCsvScript(
  schema: GraphSchema,
  nodeKeys: [string, PropType][],
  relKeys: [string, PropType][],
  formulaGuard: boolean,
): string {
  const delimiter = cypherString(ARRAY_DELIMITER);
  const id = unguard("row['id:ID']", formulaGuard);
  const labels = unguard("row[':LABEL']", formulaGuard);
  const start = unguard("row[':START_ID']", formulaGuard);
  const end = unguard("row[':END_ID']", formulaGuard);
  const startLabel = unguard("row['startLabel:IGNORE']", formulaGuard);
  const endLabel = unguard("row['endLabel:IGNORE']", formulaGuard);
  const type = unguard("row[':TYPE']", formulaGuard);
  return [
    '// Loads nodes.csv and relationships.csv of this export with LOAD CSV (Neo4j 5.26+).',
    '// Set $nodesUrl and $relationshipsUrl first, e.g. in cypher-shell:',
    "//   :param nodesUrl => 'file:///nodes.csv'",
    "//   :param relationshipsUrl => 'file:///relationships.csv'",
    '// Idempotent: nodes MERGE on labels + id, relationships on type + id.',
    `// ${schema.nodeCount} nodes, ${schema.relCount} relationships.`,
    `LOAD CSV WITH HEADERS FROM $nodesUrl AS row CALL (row) { ` +
      `WITH row, [l IN split(${labels}, ${delimiter}) WHERE l <> ''] AS labels ` +
      `MERGE (n:$(labels) {id: ${id}}) SET n += ${propertyMap(nodeKeys, formulaGuard)} } IN TRANSACTIONS OF 1000 ROWS;`,
    `LOAD CSV WITH HEADERS FROM $relationshipsUrl AS row CALL (row) { ` +
      `MATCH (a:$(${startLabel}) {id: ${start}}), (b:$(${endLabel}) {id: ${end}}) ` +
      `WITH row, a, b, ${propertyMap(relKeys, formulaGuard)} AS props ` +
      `MERGE (a)-[r:$(${type}) {id: props.id}]->(b) SET r += props } IN TRANSACTIONS OF 1000 ROWS;`,
    '',
  ].join('\n');
}
