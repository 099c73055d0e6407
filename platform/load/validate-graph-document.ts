/**
 * Validates a graph document: its shape against `model/graph-document.schema.json` (ajv), then
 * the semantics JSON Schema cannot express — unique ids, sorted order, every relationship
 * endpoint exists with a label its type allows, every evidence string is the verbatim
 * substring of its source article at its offsets, every claim quote likewise. Used by the
 * extractor before it returns and by the loader before it writes. It does not repair anything.
 */
import { Ajv } from 'ajv';
import type { GraphDocument } from '../../model/graph-document';
import { ENDPOINTS } from '../../model/relationship-types';
import schema from '../../model/graph-document.schema.json';
import { InputError } from '../input-error';

const ajv = new Ajv({ allErrors: true, strict: false });
const validateShape = ajv.compile(schema);

export interface ValidationResult {
  ok: boolean;
  errors: string[];
}

export function validateGraphDocument(document: unknown): ValidationResult {
  if (!validateShape(document)) {
    return {
      ok: false,
      errors: (validateShape.errors ?? [])
        .slice(0, 20)
        .map((e) => `schema: ${e.instancePath || '/'} ${e.message ?? ''}`),
    };
  }
  const doc = document as unknown as GraphDocument;
  const errors: string[] = [];
  const nodes = new Map(doc.nodes.map((node) => [node.id, node]));
  if (nodes.size !== doc.nodes.length) errors.push('nodes: duplicate node ids');
  const relIds = new Set(doc.relationships.map((r) => r.id));
  if (relIds.size !== doc.relationships.length)
    errors.push('relationships: duplicate relationship ids');
  const sorted = (ids: string[]) => ids.every((id, i) => i === 0 || (ids[i - 1] as string) < id);
  if (!sorted(doc.nodes.map((n) => n.id))) errors.push('nodes: not sorted by id');
  if (!sorted(doc.relationships.map((r) => r.id))) errors.push('relationships: not sorted by id');
  const articleText = (id: string) => {
    const article = nodes.get(id);
    return article?.label === 'Article' ? (article.properties.text as string) : undefined;
  };
  for (const node of doc.nodes) {
    if (node.label !== 'Claim') continue;
    const { quote, quoteStart, quoteEnd, source } = node.properties as {
      quote: string;
      quoteStart: number;
      quoteEnd: number;
      source: string;
    };
    const text = articleText(source);
    if (text === undefined)
      errors.push(`${node.id}: source "${source}" is not an article in the document`);
    else if (text.slice(quoteStart, quoteEnd) !== quote)
      errors.push(`${node.id}: quote is not the article text at ${quoteStart}-${quoteEnd}`);
  }
  for (const rel of doc.relationships) {
    const from = nodes.get(rel.from);
    const to = nodes.get(rel.to);
    const [fromLabels, toLabels] = ENDPOINTS[rel.type];
    if (!from) errors.push(`${rel.id}: missing start node "${rel.from}"`);
    else if (!fromLabels.includes(from.label))
      errors.push(`${rel.id}: ${rel.type} cannot start at a ${from.label}`);
    if (!to) errors.push(`${rel.id}: missing end node "${rel.to}"`);
    else if (!toLabels.includes(to.label))
      errors.push(`${rel.id}: ${rel.type} cannot end at a ${to.label}`);
    const { source, evidence, evidenceStart, evidenceEnd } = rel.properties;
    const text = articleText(source);
    if (text === undefined)
      errors.push(`${rel.id}: source "${source}" is not an article in the document`);
    else if (!text.includes(evidence))
      errors.push(`${rel.id}: evidence is not a verbatim substring of ${source}`);
    else if (
      evidenceStart !== undefined &&
      evidenceEnd !== undefined &&
      text.slice(evidenceStart, evidenceEnd) !== evidence
    ) {
      errors.push(
        `${rel.id}: evidence is not at offsets ${evidenceStart}-${evidenceEnd} of ${source}`,
      );
    }
  }
  return { ok: errors.length === 0, errors };
}

/** Throws an InputError listing the first problems when the document is invalid. */
export function assertValidGraphDocument(document: unknown, file = 'graph document'): void {
  const result = validateGraphDocument(document);
  if (!result.ok)
    throw new InputError(
      'invalid-document',
      file,
      `invalid graph document: ${result.errors.slice(0, 5).join('; ')}`,
    );
}
