/**
 * `GET /api/nodes/:id`: a node's properties, degree by type and direction, and a section of
 * details by label (Person, Event, Assertion, Organization, Article, Claim, Place, Topic; Other
 * for nodes outside the model). The response's `details` is a union on `label`.
 */
import { Type, type Static } from '@sinclair/typebox';
import {
  ArticleLink,
  ClaimSummary,
  ClaimWithAbout,
  DegreeEntry,
  EventLink,
  EventRef,
  Link,
  NodeData,
  NodeRef,
  NullableDate,
  Provenance,
} from './graph';
import { Nullable } from './schema-kit';
import { NodeIdPath } from './params';

const nstr = () => Nullable(Type.String());
const label = <const L extends string>(value: L) =>
  Type.Unsafe<L>({ type: 'string', enum: [value] });
const list = <T extends Parameters<typeof Type.Array>[0]>(items: T, description: string) =>
  Type.Array(items, { description });

export const NodeParams = NodeIdPath('Model id, e.g. person:rama-yade');

export const PersonDetails = Type.Object({
  label: label('Person'),
  name: Type.String(),
  aliases: Type.Array(Type.String()),
  titles: Type.Array(Type.String()),
  affiliations: list(Link, 'AFFILIATED_WITH → Organization, role = the stated role'),
  events: list(EventLink, 'SPOKE_AT → Event, by event date ascending'),
  coSpeakers: list(
    Type.Object({
      person: NodeRef,
      sharedEvents: Type.Integer(),
      events: Type.Array(EventRef),
    }),
    'Derived: people who SPOKE_AT the same events, most shared first',
  ),
  claims: list(ClaimSummary, 'What this person claimed (CLAIMED), by date ascending'),
  mentionedIn: list(ArticleLink, 'Articles that mention this person (MENTIONS, incoming)'),
});
export type PersonDetails = Static<typeof PersonDetails>;

export const EventDetails = Type.Object({
  label: label('Event'),
  name: Type.String(),
  kind: nstr(),
  date: NullableDate,
  city: nstr(),
  venue: nstr(),
  places: list(Link, 'HELD_IN → Place'),
  organizers: list(Link, 'ORGANIZED ← Organization, role = organizer, co-sponsor, host, …'),
  speakers: list(Link, 'SPOKE_AT ← Person, role = speaker, moderator, …'),
  claims: list(ClaimSummary, 'Claims MADE_AT this event'),
  reportedIn: list(ArticleLink, 'REPORTED_IN → Article'),
});
export type EventDetails = Static<typeof EventDetails>;

export const AssertionDetails = Type.Object({
  label: label('Assertion'),
  text: Type.String(),
  claims: list(ClaimSummary, 'Every claim asserting it, by date ascending (undated last)'),
  first: Nullable(ClaimSummary, {
    description: 'The earliest dated claim: who said it first, where, according to which article',
  }),
  claimedBy: list(NodeRef, 'Distinct claimants, in order of their first claim'),
});
export type AssertionDetails = Static<typeof AssertionDetails>;

export const OrganizationDetails = Type.Object({
  label: label('Organization'),
  name: Type.String(),
  aliases: Type.Array(Type.String()),
  kind: nstr(),
  members: list(Link, 'AFFILIATED_WITH ← Person'),
  events: list(EventLink, 'ORGANIZED → Event, by event date'),
  claimsAbout: list(ClaimWithAbout, 'Claims ABOUT this organization, with that ABOUT link'),
  mentionedIn: list(ArticleLink, 'MENTIONS ← Article'),
});
export type OrganizationDetails = Static<typeof OrganizationDetails>;

export const ArticleDetails = Type.Object({
  label: label('Article'),
  title: Type.String(),
  published: NullableDate,
  url: Nullable(Type.String(), { description: 'Where the article was published, when known' }),
  site: Nullable(Type.String(), { description: 'The outlet (site or publication), when known' }),
  author: Nullable(Type.String(), { description: 'Who wrote it, when known' }),
  dateline: Nullable(Type.String(), { description: 'The dateline printed on it, when any' }),
  file: Nullable(Type.String(), { description: 'The file it was ingested from' }),
  text: Type.String({ description: 'Full text; evidence offsets index into it' }),
  events: list(EventLink, 'Events REPORTED_IN this article'),
  claims: list(ClaimSummary, 'Claims REPORTED_IN this article, in text order'),
  mentions: list(Link, 'MENTIONS → Person | Organization'),
});
export type ArticleDetails = Static<typeof ArticleDetails>;

export const ClaimDetails = Type.Object({
  label: label('Claim'),
  claim: ClaimSummary,
  about: list(Link, 'ABOUT → Topic | Person | Organization'),
  evidence: list(
    Provenance,
    'Every piece of evidence for this claim, one per relationship touching it, deduplicated',
  ),
});
export type ClaimDetails = Static<typeof ClaimDetails>;

export const PlaceDetails = Type.Object({
  label: label('Place'),
  name: Type.String(),
  country: nstr(),
  events: list(EventLink, 'HELD_IN ← Event, by date'),
});
export type PlaceDetails = Static<typeof PlaceDetails>;

export const TopicDetails = Type.Object({
  label: label('Topic'),
  name: Type.String(),
  claims: list(ClaimWithAbout, 'Claims ABOUT this topic, by date, with that ABOUT link'),
});
export type TopicDetails = Static<typeof TopicDetails>;

/** For nodes outside the model (no label-specific section). */
export const OtherDetails = Type.Object({ label: label('Other') });
export type OtherDetails = Static<typeof OtherDetails>;

/** The label-specific section, told apart by `label`. */
export const NodeDetails = Type.Union(
  [
    PersonDetails,
    EventDetails,
    AssertionDetails,
    OrganizationDetails,
    ArticleDetails,
    ClaimDetails,
    PlaceDetails,
    TopicDetails,
    OtherDetails,
  ],
  { discriminator: { propertyName: 'label' } },
);
export type NodeDetails = Static<typeof NodeDetails>;

export const NodeResponse = Type.Object({
  node: { ...NodeData, description: 'All stored properties, converted (Article: its full text)' },
  degree: Type.Array(DegreeEntry, {
    description: 'Relationship counts by type and direction, largest first',
  }),
  degreeTotal: Type.Integer({ description: 'Sum of degree counts' }),
  details: NodeDetails,
  truncated: Type.Boolean({
    description:
      'True when the node has more than 2000 relationships: the details lists hold only part of them (degree stays exact); page through the rest with the neighbours endpoint',
  }),
});
export type NodeResponse = Static<typeof NodeResponse>;
