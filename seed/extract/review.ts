/**
 * Why an article's extraction needs a human look: no event recognised, an event whose date,
 * place or kind could not be established (the event stage lists those in `uncertain`), nobody
 * found speaking. The builder stores the reasons on the Article node (`needsReview`,
 * `reviewReasons`) and the ingest command lists them, so an article that reports something is
 * always loaded with what was found instead of refused. It judges only what the stages
 * returned; it does not look at the text again.
 */
import type { ArticleAnalysis } from './analyze';
import { UNCERTAIN, type Uncertainty } from './events';

/** The reasons, as stored in `Article.reviewReasons` (queries may filter on these strings). */
export const REVIEW_REASONS = {
  noEvent: 'no event recognised',
  noDate: UNCERTAIN.noDate,
  noPlace: UNCERTAIN.noPlace,
  uncertainKind: UNCERTAIN.kind,
  noSpeakers: 'no speakers found',
} as const;

export type ReviewReason = Uncertainty | 'no event recognised' | 'no speakers found';

/** Empty when the article has an event with a kind, a date and a place, and speakers. */
export function reviewReasons(analysis: ArticleAnalysis): ReviewReason[] {
  const { event } = analysis;
  // With no event at all, its missing date and place say nothing more.
  const reasons: ReviewReason[] = event ? [...new Set(event.uncertain)] : [REVIEW_REASONS.noEvent];
  if (analysis.participations.length === 0) reasons.push(REVIEW_REASONS.noSpeakers);
  return reasons;
}
