/**
 * Topics are a corpus's own vocabulary, not the genre's: the bundled corpus's list
 * (`seed/corpus/topics.json`: "1988 massacre", "Nuclear deal" …) would mislabel a report on any
 * other subject, so extraction applies a topic list only when its caller gives one (the corpus
 * loader, `extract` of the corpus, `ingest --topics FILE`). A topic is an id, a name and a
 * case-insensitive pattern matched against a claim's quote; a file that breaks that shape is an
 * input error naming the file and the entry.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../../platform/input-error';

export interface Topic {
  id: string;
  name: string;
  pattern: RegExp;
}

/** Reads a topic list `{topics: [{id, name, pattern}]}`; `source` names it in errors. */
export function parseTopics(json: unknown, source: string): Topic[] {
  const entries = (json as { topics?: unknown } | null)?.topics;
  if (!Array.isArray(entries))
    throw new InputError('invalid-document', source, 'a topic list needs {"topics": [...]}');
  return entries.map((entry: unknown, i) => {
    const { id, name, pattern } = (entry ?? {}) as Record<string, unknown>;
    const where = `topic ${i + 1}`;
    if (typeof id !== 'string' || !/^topic:[a-z0-9-]+$/.test(id))
      throw new InputError(
        'invalid-document',
        source,
        `${where}: id must look like "topic:word-word"`,
      );
    if (typeof name !== 'string' || name.trim() === '')
      throw new InputError('invalid-document', source, `${where} (${id}): give it a name`);
    if (typeof pattern !== 'string' || pattern === '')
      throw new InputError('invalid-document', source, `${where} (${id}): give it a pattern`);
    try {
      return { id, name, pattern: new RegExp(pattern, 'i') };
    } catch (error) {
      throw new InputError(
        'invalid-document',
        source,
        `${where} (${id}): the pattern is not a regular expression (${(error as Error).message})`,
      );
    }
  });
}

export function readTopics(path: string | URL): Topic[] {
  const source = String(path);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT' ? 'missing-file' : 'invalid-document',
      source,
      code === 'ENOENT' ? 'no such file; check the path' : 'not a JSON topic list',
    );
  }
  return parseTopics(json, source);
}

/** The bundled corpus's topics. */
export const CORPUS_TOPICS = readTopics(new URL('../corpus/topics.json', import.meta.url));

/** Topic ids whose keywords occur in `text`, in the list's order. */
export function topicsOf(text: string, topics: readonly Topic[]): string[] {
  return topics.filter((topic) => topic.pattern.test(text)).map((topic) => topic.id);
}
