/**
 * Relationship types in words, as users read them: the path API spells each step with these
 * ("Rama Yade — spoke at — …") and the canvas, legend and details panel label edges with them.
 * Covers every stored type and the derived SPOKE_ALONGSIDE; an unknown type (from a user's own
 * database) reads as its name in lower case. Not the type names themselves (graph-document.ts).
 */
import type { RelationshipType } from './graph-document';
import type { DerivedRelationshipType } from './relationship-types';

export const VERBS: Readonly<Record<RelationshipType | DerivedRelationshipType, string>> = {
  SPOKE_AT: 'spoke at',
  AFFILIATED_WITH: 'affiliated with',
  ORGANIZED: 'organized',
  HELD_IN: 'held in',
  CLAIMED: 'claimed',
  MADE_AT: 'made at',
  ABOUT: 'about',
  ASSERTS: 'asserts',
  REPORTED_IN: 'reported in',
  MENTIONS: 'mentions',
  SPOKE_ALONGSIDE: 'spoke alongside',
};

/** `SPOKE_AT` → `spoke at`; `WORKS_FOR` (not in the model) → `works for`. */
export function verbOf(type: string): string {
  return Object.hasOwn(VERBS, type)
    ? (VERBS as Record<string, string>)[type]!
    : type.toLowerCase().replace(/_/g, ' ');
}
