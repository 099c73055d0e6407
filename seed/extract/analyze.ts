/**
 * Runs the extraction pipeline on one article and returns everything found, still in local
 * terms (article offsets, local people): the components and their order are listed here, the
 * pipeline checks that each one's needs are met before any runs (`pipeline/pipeline.ts`).
 * Identity across articles and graph ids are the builder's job; this module has no notion of
 * the corpus.
 */
import type { FoundAffiliation } from './affiliations';
import type { FoundClaim } from './claims';
import type { FoundEvent } from './events';
import type { OrganizationMention } from './organizations';
import type { Participation, PersonOrganizer } from './participation';
import type { ArticlePeople } from './people';
import { ArticleDocument } from './pipeline/document';
import { claims, speakers } from './pipeline/merge-stages';
import { buildPipeline } from './pipeline/pipeline';
import {
  affiliations,
  attribution,
  event,
  listedParticipation,
  organizations,
  people,
  reportedClaims,
  speakerCues,
} from './pipeline/stages';
import type { Sentence } from './sentences';
import type { Article } from './split';

export interface ArticleAnalysis {
  article: Article;
  /** The report's sentences: what the components read (photo captions left out). */
  sentences: Sentence[];
  /** Every sentence, captions included: what a mention's evidence can quote. */
  allSentences: Sentence[];
  people: ArticlePeople;
  event?: FoundEvent;
  /** One per person, the highest-priority role found. */
  participations: Participation[];
  personOrganizers: PersonOrganizer[];
  claims: FoundClaim[];
  affiliations: FoundAffiliation[];
  organizations: OrganizationMention[];
}

/** The components in order; building it checks the order once, when this module loads. */
export const EXTRACTION_PIPELINE = buildPipeline([
  people,
  event,
  speakerCues,
  listedParticipation,
  reportedClaims,
  attribution,
  claims,
  speakers,
  affiliations,
  organizations,
]);

export function analyzeArticle(article: Article, fileYear?: number): ArticleAnalysis {
  const doc = EXTRACTION_PIPELINE.run(new ArticleDocument(article, fileYear));
  const result: ArticleAnalysis = {
    article,
    sentences: doc.sentences,
    allSentences: doc.allSentences,
    people: doc.people,
    participations: doc.values<Participation>('speaker'),
    personOrganizers: doc.values<PersonOrganizer>('person-organizer'),
    claims: doc.values<FoundClaim>('claim'),
    affiliations: doc.values<FoundAffiliation>('affiliation'),
    organizations: doc.values<OrganizationMention>('organization'),
  };
  const found = doc.values<FoundEvent>('event')[0];
  if (found) result.event = found;
  return result;
}
