/**
 * The `role` a SPOKE_AT or ORGANIZED relationship carries: the closed lists DESIGN.md names,
 * which the extractor assigns. AFFILIATED_WITH's role is the title the article states ("UN Special Rapporteur on …"), free
 * text, so it has no list here. Not how roles rank against each other (an extraction policy,
 * seed/extract/participation.ts).
 */

/** How a person took part in an event (`participant`: named among the participants only). */
export const SPEAKER_ROLES = [
  'speaker',
  'moderator',
  'guest speaker',
  'video message',
  'written message',
  'host',
  'participant',
] as const;
export type SpeakerRole = (typeof SPEAKER_ROLES)[number];

/** How an organization (or, for `invited by`, a person) stands behind an event. */
export const ORGANIZER_ROLES = ['organizer', 'co-sponsor', 'host', 'invited by'] as const;
export type OrganizerRole = (typeof ORGANIZER_ROLES)[number];
