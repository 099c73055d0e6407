/**
 * Prepares a batch of uploaded documents for the graph, the one preparation both the preview
 * (`?dryRun=true`) and a job use: reads each file (documents/read-document.ts), analyses it,
 * gives the batch ids the graph does not use for other content and reconciles its people and
 * organizations with the graph's (load/ingest.ts, the same as `npm run ingest`), then cuts the
 * batch into one document per file and previews each. A file that cannot be read gets its
 * error and no document; the others go on. It writes nothing.
 */
import { readFile } from 'node:fs/promises';
import type { GraphDocument } from '../../model/graph-document';
import type { PreparedDocument, UploadedFile } from '../../api/ingest-worker';
import { InputError } from '../../platform/input-error';
import {
  analyzeFile,
  articleIdCandidates,
  assembleGraph,
  type AnalyzedFile,
} from '../extract/index';
import { readDocument, type DocumentFormat } from '../documents/read-document';
import { ingestDocument, type ReadRows } from '../load/ingest';
import type { EntityMatch } from '../load/reconcile';
import { previewArticles } from './preview';
import { documentOfArticles } from './split-batch';

/** The format a refusal shows the file was (its reader refused it). */
const FORMAT_OF_ERROR: Partial<Record<string, DocumentFormat>> = {
  'corrupt-pdf': 'pdf',
  'encrypted-pdf': 'pdf',
  'scanned-pdf': 'pdf',
  'not-docx': 'docx',
  'zip-bomb': 'docx',
  'no-article-text': 'html',
};

interface ReadFile {
  upload: UploadedFile;
  format: DocumentFormat | null;
  analyzed?: AnalyzedFile;
  error?: { code: string; message: string };
}

async function readOne(upload: UploadedFile): Promise<ReadFile> {
  let format: DocumentFormat | null = null;
  try {
    const source = await readDocument(upload.name, await readFile(upload.path));
    format = source.format;
    return { upload, format, analyzed: analyzeFile(source) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return {
      upload,
      format: format ?? FORMAT_OF_ERROR[error.code] ?? null,
      error: { code: error.code, message: error.message },
    };
  }
}

const count = (d: GraphDocument) => ({
  nodes: d.nodes.length,
  relationships: d.relationships.length,
});

export async function prepareBatch(
  uploads: UploadedFile[],
  read: ReadRows,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<PreparedDocument[]> {
  const files: ReadFile[] = [];
  for (const upload of uploads) {
    files.push(await readOne(upload));
    onProgress(files.length, uploads.length);
  }
  const analyzed = files.flatMap((f) => (f.analyzed ? [f.analyzed] : []));
  let batch: GraphDocument | undefined;
  const matches = new Map<string, EntityMatch>();
  let known = new Set<string>();
  if (analyzed.length > 0) {
    const candidates = analyzed.flatMap((file) =>
      file.analyses.map((a) => ({ ids: articleIdCandidates(a.article), text: a.article.text })),
    );
    const reconciled = await ingestDocument(
      read,
      (assembly) => assembleGraph(analyzed, assembly),
      candidates,
    );
    batch = reconciled.document;
    for (const m of reconciled.matches) matches.set(m.id, m);
    known = new Set(reconciled.knownArticles);
  }
  // Which file each article came from: by its text (a text given twice is kept once, first).
  const fileOfText = new Map<string, number>();
  files.forEach((f, i) => {
    for (const a of f.analyzed?.analyses ?? [])
      if (!fileOfText.has(a.article.text)) fileOfText.set(a.article.text, i);
  });
  const articlesOf = files.map(() => new Set<string>());
  for (const node of batch?.nodes ?? [])
    if (node.label === 'Article')
      articlesOf[fileOfText.get(node.properties.text as string) ?? -1]?.add(node.id);

  return files.map((f, i): PreparedDocument => {
    const base = { file: f.upload.name, format: f.format };
    if (f.error || !batch)
      return {
        preview: {
          ...base,
          ok: false,
          error: f.error ?? { code: 'no-articles', message: `${f.upload.name}: nothing to add` },
          articles: [],
          elements: { nodes: 0, relationships: 0 },
        },
      };
    const ids = articlesOf[i] as Set<string>;
    if (ids.size === 0)
      return {
        preview: {
          ...base,
          ok: false,
          error: {
            code: 'duplicate',
            message: `${f.upload.name}: the same text as another document of this batch; it is added once`,
          },
          articles: [],
          elements: { nodes: 0, relationships: 0 },
        },
      };
    const document = documentOfArticles(batch, ids, f.upload.name);
    return {
      preview: {
        ...base,
        ok: true,
        articles: previewArticles(document, matches, known),
        elements: count(document),
      },
      document,
    };
  });
}
