/**
 * The HTTP contract in one import: every endpoint's request and response schema (TypeBox, so
 * JSON Schema at run time) and the TypeScript type of each (`Static<>`). The server validates
 * requests and writes its OpenAPI document from these; the client imports the types only
 * (`import type`), so none of this code enters the browser bundle.
 */
export * from './schema-kit';
export * from './errors';
export * from './graph';
export * from './params';
export * from './node-details';
export * from './explorer';
export * from '../model/param-types';
export * from './cypher';
export * from './saved-queries';
export * from './export';
export * from './health';
export * from './ingest';
