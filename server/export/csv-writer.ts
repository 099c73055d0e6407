/**
 * CSV export: a zip (streamed with yazl) of `nodes.csv` and `relationships.csv` in the
 * neo4j-admin import header format (`id:ID`, `:LABEL`, typed property columns;
 * `:START_ID`, `:END_ID`, `:TYPE`, and the end nodes' labels in `:IGNORE` columns that
 * neo4j-admin skips and LOAD CSV uses to find nodes by index), a `load-csv.cypher` that loads
 * them with LOAD CSV, and a README.txt with the exact neo4j-admin command. Cells follow
 * csv-cells.ts (quoting, list delimiter U+001F, formula guard).
 */
import { PassThrough, type Writable } from 'node:stream';
import yazl from 'yazl';
import type { ExportGraph, ExportWriter, PropType } from './model';
import { TextSink } from './text-sink';
import { ARRAY_DELIMITER, quoted, textCell, valueCell } from './csv-cells';
import { headerName, loadCsvScript } from './csv-load-script';
import { metadata, summaryLine } from './metadata';

function sortedKeys(keys: Map<string, PropType>, skip?: string): [string, PropType][] {
  return [...keys].filter(([k]) => k !== skip).sort(([a], [b]) => (a < b ? -1 : 1));
}

function readme(graph: ExportGraph): string {
  return [
    `Knowledge-graph explorer CSV export: ${summaryLine(graph)}.`,
    '',
    'nodes.csv and relationships.csv use the neo4j-admin import header format. Lists are joined',
    'by the character U+001F; text with line breaks is quoted. Import into an empty database:',
    '',
    '  neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv \\',
    '    --array-delimiter=U+001F --multiline-fields=true neo4j',
    '',
    graph.options.formulaGuard
      ? "Spreadsheet safety: text cells starting with = + - @ tab, carriage return or ' carry one extra\n" +
        "leading ' so spreadsheets do not run them as formulas. load-csv.cypher removes it;\n" +
        'neo4j-admin keeps it (export with formulaGuard: false for a neo4j-admin import).'
      : 'Formula guard: off (cells are exactly the values).',
    '',
    'Or load with LOAD CSV (Neo4j 5.26+): see load-csv.cypher.',
    '',
    `metadata: ${JSON.stringify(metadata(graph))}`,
    '',
  ].join('\n');
}

async function writeEntry(
  zip: yazl.ZipFile,
  name: string,
  body: (sink: TextSink) => Promise<void>,
): Promise<void> {
  const entry = new PassThrough();
  zip.addReadStream(entry, name, { mtime: new Date() });
  const sink = new TextSink(entry);
  await body(sink);
  await sink.end();
}

export const csvWriter: ExportWriter = {
  format: 'csv',
  extension: 'csv.zip',
  contentType: 'application/zip',
  async write(graph, out: Writable) {
    const guardOn = graph.options.formulaGuard;
    const nodeKeys = sortedKeys(graph.schema.nodeKeys, 'id');
    const relKeys = sortedKeys(graph.schema.relKeys);
    const zip = new yazl.ZipFile();
    const piped = new Promise<void>((resolve, reject) => {
      zip.outputStream.on('error', reject);
      out.on('error', reject);
      out.on('finish', resolve);
      out.on('close', resolve);
    });
    zip.outputStream.pipe(out);
    zip.addBuffer(Buffer.from(readme(graph)), 'README.txt');
    zip.addBuffer(
      Buffer.from(loadCsvScript(graph.schema, nodeKeys, relKeys, guardOn)),
      'load-csv.cypher',
    );
    await writeEntry(zip, 'nodes.csv', async (sink) => {
      const header = ['id:ID', ':LABEL', ...nodeKeys.map(([k, t]) => headerName(k, t))];
      await sink.write(header.map(quoted).join(',') + '\n');
      for await (const node of graph.nodes) {
        const cells = [
          textCell(node.id, guardOn),
          textCell(node.labels.join(ARRAY_DELIMITER), guardOn),
          ...nodeKeys.map(([key, type]) => valueCell(node.properties[key], type, guardOn)),
        ];
        await sink.write(cells.join(',') + '\n');
      }
    });
    await writeEntry(zip, 'relationships.csv', async (sink) => {
      const header = [
        ':START_ID',
        ':END_ID',
        ':TYPE',
        'startLabel:IGNORE',
        'endLabel:IGNORE',
        ...relKeys.map(([k, t]) => headerName(k, t)),
      ];
      await sink.write(header.map(quoted).join(',') + '\n');
      for await (const rel of graph.relationships) {
        const cells = [
          textCell(rel.start, guardOn),
          textCell(rel.end, guardOn),
          textCell(rel.type, guardOn),
          textCell(rel.startLabel, guardOn),
          textCell(rel.endLabel, guardOn),
          ...relKeys.map(([key, type]) => valueCell(rel.properties[key], type, guardOn)),
        ];
        await sink.write(cells.join(',') + '\n');
      }
    });
    zip.end();
    await piped;
  },
};
