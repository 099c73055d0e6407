/**
 * One registration per API operation (method, path, summary, the api/ schemas of its path
 * parameters, query string, body and responses, the error statuses it can answer) and the
 * OpenAPI 3.0 path item built from it. Parameters are the properties of the path and query
 * schemas, so a limit or default changed in api/ shows here without an edit.
 */
import type { TObject, TSchema } from '@sinclair/typebox';
import { toOpenApi, type ComponentNames, type Json } from './json-schema';
import { errorResponses, type ErrorStatus } from './schemas';

export interface ResponseSpec {
  description: string;
  /** An `application/json` body. */
  json?: TSchema | Json;
  /** Other media types (files, text). */
  content?: Record<string, TSchema | Json>;
}

export interface Operation {
  method: 'get' | 'post' | 'put' | 'delete';
  /** OpenAPI path template: `/api/nodes/{id}`. */
  path: string;
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  /** Needs the APP_TOKEN bearer token when the server has one. */
  token?: boolean;
  params?: { path?: TObject; query?: TObject };
  /** The request body; `application/json` unless `mediaType` says otherwise (uploads). */
  body?: { schema: TSchema | Json; description: string; required?: boolean; mediaType?: string };
  responses: Record<number, ResponseSpec>;
  errors: ErrorStatus[];
}

function parameters(where: 'path' | 'query', schema: TObject, names: ComponentNames): Json[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties).map(([name, property]) => {
    const { description, ...rest } = toOpenApi(property, names);
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

const media = (schema: TSchema | Json, names: ComponentNames) => ({
  schema: toOpenApi(schema, names),
});

function response(spec: ResponseSpec, names: ComponentNames): Json {
  const content: Json = {};
  if (spec.json) content['application/json'] = media(spec.json, names);
  for (const [type, schema] of Object.entries(spec.content ?? {}))
    content[type] = media(schema, names);
  return { description: spec.description, ...(Object.keys(content).length ? { content } : {}) };
}

/** The OpenAPI operation object of one registration. */
export function operationObject(op: Operation, names: ComponentNames): Json {
  const params = [
    ...(op.params?.path ? parameters('path', op.params.path, names) : []),
    ...(op.params?.query ? parameters('query', op.params.query, names) : []),
  ];
  const responses: Json = {};
  for (const [status, spec] of Object.entries(op.responses))
    responses[status] = response(spec, names);
  Object.assign(responses, errorResponses(op.errors.filter((s) => !(s in op.responses))));
  return {
    tags: op.tags,
    operationId: op.operationId,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    ...(op.token ? { security: [{ appToken: [] }, {}] } : {}),
    ...(params.length ? { parameters: params } : {}),
    ...(op.body
      ? {
          requestBody: {
            required: op.body.required ?? true,
            description: op.body.description,
            content: { [op.body.mediaType ?? 'application/json']: media(op.body.schema, names) },
          },
        }
      : {}),
    responses,
  };
}
