/**
 * Registrations of the corrections and review-queue endpoints (schemas in api/corrections.ts;
 * routes in server/routes/corrections.ts). Changes need APP_TOKEN when the server has one.
 */
import {
  CorrectionCreated,
  CorrectionList,
  CorrectionPath,
  CorrectionRequest,
  CorrectionUndone,
  CorrectionsExport,
  CorrectionsImported,
  ReviewQuery,
  ReviewResponse,
} from '../../api/corrections';
import type { Operation } from './operation';

const tags = ['corrections'];

export const correctionOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/corrections',
    operationId: 'listCorrections',
    tags,
    summary: 'Every correction, newest first (orphaned ones flagged)',
    responses: { 200: { description: 'The corrections log', json: CorrectionList } },
    errors: [400, 503],
  },
  {
    method: 'post',
    path: '/api/corrections',
    operationId: 'createCorrection',
    tags,
    summary: 'Make a correction: the graph shows it at once, and it is replayed after every load',
    description:
      'Actions: reject/confirm {relationship | node}; set-role {relationship, role} (SPOKE_AT, ORGANIZED); rename {node, name}; add-alias {node, alias}; merge {into, from} (same label); add-speaker {event, person: id | {name}, role, article, evidenceStart, evidenceEnd}; add-claim {person, article, evidenceStart, evidenceEnd}; confirm-merge {node, spelling} (keeps a merge the entity resolver made: a review item of kind "merge"); split {node, spelling} (undoes it: the spelling gets its own node with the relationships of the articles that write only it, and this is replayed after every load like the others). Send `version` (the curationVersion you saw) to get a 409 with the current state when someone changed the target meanwhile.',
    token: true,
    body: { schema: CorrectionRequest, description: 'The action and its fields' },
    responses: { 201: { description: 'Made and applied', json: CorrectionCreated } },
    errors: [400, 401, 404, 409, 413, 415, 503],
  },
  {
    method: 'get',
    path: '/api/corrections/export',
    operationId: 'exportCorrections',
    tags,
    summary: 'Every correction as one JSON file, oldest first',
    responses: { 200: { description: 'The export file', json: CorrectionsExport } },
    errors: [400, 503],
  },
  {
    method: 'post',
    path: '/api/corrections/import',
    operationId: 'importCorrections',
    tags,
    summary: 'Add the corrections of an export file (ids already here are skipped) and apply them',
    token: true,
    body: { schema: CorrectionsExport, description: 'A file written by the export' },
    responses: {
      201: { description: 'Added (orphaned where targets are missing)', json: CorrectionsImported },
    },
    errors: [400, 401, 413, 415, 503],
  },
  {
    method: 'delete',
    path: '/api/corrections/{id}',
    operationId: 'undoCorrection',
    tags,
    summary: 'Undo one correction: the graph becomes extraction + the remaining corrections',
    token: true,
    params: { path: CorrectionPath },
    responses: { 200: { description: 'Undone', json: CorrectionUndone } },
    errors: [400, 401, 404, 503],
  },
  {
    method: 'get',
    path: '/api/review',
    operationId: 'reviewQueue',
    tags,
    summary: 'Extracted facts not yet curated, lowest confidence first, with evidence and source',
    description:
      'Speaker edges, claims, articles marked needsReview, and merges the entity resolver was unsure of (kind "merge", with `merge`: the two names, the reason and the articles each comes from).',
    params: { query: ReviewQuery },
    responses: { 200: { description: 'The queue', json: ReviewResponse } },
    errors: [400, 503],
  },
];
