/**
 * The graph document: the contract between the extraction pipeline (text → document) and the
 * loader (document → Neo4j). It is plain JSON, deterministic (nodes and relationships sorted by
 * id) so that two extractions of the same corpus diff cleanly. It is not a Neo4j API: nothing
 * here talks to the database.
 */

export const NODE_LABELS = [
  'Person',
  'Organization',
  'Event',
  'Claim',
  'Assertion',
  'Article',
  'Place',
  'Topic',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const RELATIONSHIP_TYPES = [
  'SPOKE_AT',
  'AFFILIATED_WITH',
  'ORGANIZED',
  'HELD_IN',
  'CLAIMED',
  'MADE_AT',
  'ABOUT',
  'ASSERTS',
  'REPORTED_IN',
  'MENTIONS',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Property values the loader can store as-is in Neo4j. */
export type PropertyValue = string | number | boolean | string[] | null;

export interface GraphNode {
  /** Stable, human-readable id, e.g. `person:rama-yade`; unique across the document. */
  id: string;
  label: NodeLabel;
  /** Label-specific properties as in DESIGN.md (name, aliases, titles, text, quote, …). */
  properties: Record<string, PropertyValue>;
}

/** How an edge was found: a genre pattern, the NLP library, or the curation file. */
export type ExtractionMethod = 'pattern' | 'ner' | 'curation' | 'similarity';

export interface Provenance {
  /** Article id the evidence comes from. */
  source: string;
  /** The verbatim sentence or snippet, a substring of the article's text. */
  evidence: string;
  /** Character offsets of `evidence` in the article's `text` (end exclusive), where known. */
  evidenceStart?: number;
  evidenceEnd?: number;
  method: ExtractionMethod;
  confidence: number;
}

export interface GraphRelationship {
  /** Stable id, e.g. `SPOKE_AT:person:rama-yade->event:2017-11-28-paris-conference-5bb85181`. */
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  /** Provenance plus type-specific properties such as `role`. */
  properties: Provenance & Record<string, PropertyValue | undefined>;
}

export interface GraphDocument {
  version: 1;
  /** Base names of the input files, in the order given. */
  inputs: string[];
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}
