import { describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { openApiDocument } from './document';

const document = openApiDocument();
const text = JSON.stringify(document);

describe('the OpenAPI document written from the api/ schemas', () => {
  it('is valid OpenAPI 3.0 whose references all resolve', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    expect(result.errors).toBeUndefined();
    expect(validator.version).toBe('3.0');
    expect(() => validator.resolveRefs()).not.toThrow();
  });

  it('keeps no JSON Schema that OpenAPI 3.0 does not read', () => {
    expect(text).not.toContain('"const"');
    expect(text).not.toContain('"type":"null"');
    expect(text).not.toContain('patternProperties');
  });

  it('refers to every component it defines', () => {
    const schemas = (document.components as { schemas: Record<string, unknown> }).schemas;
    for (const name of Object.keys(schemas)) {
      expect(text, name).toContain(`"#/components/schemas/${name}"`);
    }
  });

  it("shows a parameter's limits and default from its schema", () => {
    const paths = document.paths as Record<string, Record<string, { parameters: unknown[] }>>;
    expect(paths['/api/search']!.get!.parameters).toContainEqual(
      expect.objectContaining({
        name: 'limit',
        in: 'query',
        required: false,
        schema: { type: 'integer', minimum: 1, maximum: 50, default: 10 },
      }),
    );
    expect(paths['/api/search']!.get!.parameters).toContainEqual(
      expect.objectContaining({ name: 'q', required: true }),
    );
  });
});
