/**
 * The before-state a correction keeps, written as JSON text on its :Correction node (Neo4j
 * properties hold no maps) without losing the property types undo must restore: Neo4j
 * integers (`evidenceStart`) and dates (`Event.date`, `Article.published`) are tagged
 * (`{"$int": "2011"}`, `{"$date": "2017-09-14"}`), so a restored node is equal to the
 * extracted one, type for type. Not the workbench's typed JSON (server/cypher/typed-json.ts),
 * which is a user-facing format.
 */
import neo4j, { isDate, isDateTime, isLocalDateTime } from 'neo4j-driver';

function encodeValue(value: unknown): unknown {
  if (neo4j.isInt(value)) return { $int: value.toString() };
  if (isDate(value as object)) return { $date: String(value) };
  if (isDateTime(value as object) || isLocalDateTime(value as object)) return String(value);
  if (Array.isArray(value)) return value.map(encodeValue);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeValue(v)]));
  }
  return value;
}

function decodeValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeValue);
  if (value && typeof value === 'object') {
    const tagged = value as Record<string, unknown>;
    if (typeof tagged.$int === 'string' && Object.keys(tagged).length === 1)
      return neo4j.int(tagged.$int);
    if (typeof tagged.$date === 'string' && Object.keys(tagged).length === 1) {
      const [y, m, d] = tagged.$date.split('-').map(Number);
      return new neo4j.types.Date(y!, m!, d!);
    }
    return Object.fromEntries(Object.entries(tagged).map(([k, v]) => [k, decodeValue(v)]));
  }
  return value;
}

export const encodeTyped = (value: unknown): string => JSON.stringify(encodeValue(value));
export const decodeTyped = <T>(text: string): T => decodeValue(JSON.parse(text)) as T;
