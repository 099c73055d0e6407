/**
 * The export formats by name, and the dated file name each export is served under
 * (`graph-2026-11-28T10-15.graphml`, or `graph-selection-2026-11-28T10-15.graphml` when the
 * client names what it exports).
 */
import type { ExportFormat } from '../../api/export';
import type { ExportWriter } from './model';
import { jsonWriter } from './json-writer';
import { graphmlWriter } from './graphml-writer';
import { gexfWriter } from './gexf-writer';
import { csvWriter } from './csv-writer';
import { cypherWriter } from './cypher-writer';
import { htmlWriter } from './html-writer';

// Keyed by the contract's formats: a format without a writer, or a writer without a format, does not compile.
export const WRITERS: Record<ExportFormat, ExportWriter> = {
  json: jsonWriter,
  graphml: graphmlWriter,
  gexf: gexfWriter,
  csv: csvWriter,
  cypher: cypherWriter,
  html: htmlWriter,
};
