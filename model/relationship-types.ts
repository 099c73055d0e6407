/**
 * What each relationship type connects and which types are derived rather than stored. The
 * stored types themselves are RELATIONSHIP_TYPES in graph-document.ts; this file adds the facts
 * about them that the loader's validation and the explorer share. Not the verbs shown to users
 * (verbs.ts) nor the roles an edge carries (roles.ts).
 */
import type { NodeLabel, RelationshipType } from './graph-document';

/** Which labels each stored relationship type may connect: [from labels], [to labels]. */
export const ENDPOINTS: Readonly<
  Record<RelationshipType, readonly [readonly NodeLabel[], readonly NodeLabel[]]>
> = {
  SPOKE_AT: [['Person'], ['Event']],
  AFFILIATED_WITH: [['Person'], ['Organization']],
  // A person can invite an event ("Invited by Mayor X"): DESIGN lists "invited by" among ORGANIZED roles.
  ORGANIZED: [['Organization', 'Person'], ['Event']],
  HELD_IN: [['Event'], ['Place']],
  CLAIMED: [['Person'], ['Claim']],
  MADE_AT: [['Claim'], ['Event']],
  ABOUT: [['Claim'], ['Topic', 'Person', 'Organization']],
  ASSERTS: [['Claim'], ['Assertion']],
  REPORTED_IN: [['Claim', 'Event'], ['Article']],
  MENTIONS: [['Article'], ['Person', 'Organization']],
};

/**
 * Types the API computes and never stores: SPOKE_ALONGSIDE links two people who spoke at the
 * same events ("alongside whom" is derived, DESIGN.md).
 */
export const DERIVED_RELATIONSHIP_TYPES = ['SPOKE_ALONGSIDE'] as const;
export type DerivedRelationshipType = (typeof DERIVED_RELATIONSHIP_TYPES)[number];
