/**
 * Cypher script export: run on an empty (or any) Neo4j with cypher-shell, Neo4j Browser or a
 * driver, it rebuilds the subgraph exactly, and running it twice changes nothing. One
 * statement per line, each ending in `;`: a uniqueness constraint on `id` for each primary
 * label of the model (so MERGE finds nodes by index), then `MERGE` every node on its primary label and `id`
 * and set its properties and other labels, then `MATCH` both ends and `MERGE` every
 * relationship on its type and `id`. Values keep their Cypher types (integer vs float, dates,
 * lists); every name and string goes through cypher-literal.ts.
 */
import type { ExportWriter } from './model';
import { TextSink } from './text-sink';
import { metadata, summaryLine } from './metadata';
import { cypherLiteral, cypherMap, cypherName } from './cypher-literal';
import { patternLabel } from './source';
import { MODEL_LABELS } from '../../model/labels';

/** `// ` before every line of a text, whatever its line breaks. */
function comment(text: string): string {
  return text
    .split(/\r\n|[\r\n\u2028\u2029\u0085]/)
    .map((line) => `// ${line}\n`)
    .join('');
}

function nodePattern(variable: string, label: string, id: string): string {
  return `(${variable}${label ? ':' + cypherName(label) : ''} {id: ${cypherLiteral(id)}})`;
}

export const cypherWriter: ExportWriter = {
  format: 'cypher',
  extension: 'cypher',
  contentType: 'application/x-cypher-query; charset=utf-8',
  async write(graph, out) {
    const sink = new TextSink(out);
    const meta = metadata(graph);
    await sink.write(
      comment(`Knowledge-graph explorer export: ${summaryLine(graph)}`) +
        comment(`metadata: ${JSON.stringify(meta)}`) +
        (graph.meta.source.query ? comment(`query:\n${graph.meta.source.query}`) : '') +
        comment(
          'Run on an empty Neo4j 5 database (cypher-shell -f this-file); idempotent: MERGE on id.',
        ),
    );
    // Model labels only: their ids are unique by the source's own constraints; other labels'
    // nodes MERGE without an index, correctly but slowly.
    for (const label of graph.schema.labels.filter((l) => MODEL_LABELS.includes(l))) {
      await sink.write(
        `CREATE CONSTRAINT IF NOT EXISTS FOR (n:${cypherName(label)}) REQUIRE n.id IS UNIQUE;\n`,
      );
    }
    for await (const node of graph.nodes) {
      const primary = patternLabel(node.labels);
      const others = node.labels.filter((l) => l !== primary);
      const properties = { ...node.properties, id: node.id };
      const setLabels = others.length ? `, n:${others.map(cypherName).join(':')}` : '';
      await sink.write(
        `MERGE ${nodePattern('n', primary, node.id)} SET n = ${cypherMap(properties)}${setLabels};\n`,
      );
    }
    for await (const rel of graph.relationships) {
      const id = rel.properties.id;
      const key = typeof id === 'string' && id ? ` {id: ${cypherLiteral(id)}}` : '';
      await sink.write(
        `MATCH ${nodePattern('a', rel.startLabel, rel.start)}, ${nodePattern('b', rel.endLabel, rel.end)} ` +
          `MERGE (a)-[r:${cypherName(rel.type)}${key}]->(b) SET r = ${cypherMap(rel.properties)};\n`,
      );
    }
    await sink.end();
  },
};
