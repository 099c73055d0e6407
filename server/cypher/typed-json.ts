/**
 * The JSON encoding of Neo4j values that the Cypher workbench speaks in both directions, so a
 * value read from a result can be sent back as a parameter unchanged ("reversible"):
 *
 *   JSON number, integral  ⇄ Neo4j Integer (beyond 2^53: `{"$type":"integer","value":"…"}`)
 *   JSON number, fractional ⇄ Neo4j Float   (integral floats: `{"$type":"float","value":1}`)
 *   `{"$type":"date"|"time"|"localtime"|"datetime"|"localdatetime"|"duration","value":"<ISO 8601>"}`
 *   `{"$type":"point","srid":4326,"x":…,"y":…[,"z":…]}`
 *   `{"$type":"map","value":{…}}` for a map that itself has a `$type` key
 *
 * Results may also carry `{"$type":"node"|"relationship"|"path",…}` references (graph values
 * shown in the table); those are output only. Decoding never guesses a type from a string's
 * shape: a date travels as a date only when tagged. Not for graph elements (graph/elements.ts).
 */
import neo4j, {
  Date as Neo4jDate,
  DateTime,
  Duration,
  LocalDateTime,
  LocalTime,
  Point,
  Time,
  type Integer,
  type Node,
  type Path,
  type Relationship,
} from 'neo4j-driver';
import { isTemporalKind, safeNumber, valueKind } from '../../platform/neo4j/values';
import { invalidArgument } from '../errors';
import { ELEMENT_ID_PREFIX, edgeId, nodeId } from '../graph/elements';
import { displayName } from '../../model/display-name';

import type { TypedJson } from '../../api/cypher';

export type { TypedJson };

const TEMPORALS = {
  date: (s: string) => Neo4jDate.fromString(s),
  time: (s: string) => Time.fromString(s),
  localtime: (s: string) => LocalTime.fromString(s),
  datetime: (s: string) => DateTime.fromString(s),
  localdatetime: (s: string) => LocalDateTime.fromString(s),
  duration: (s: string) => Duration.fromString(s),
} as const;
type TemporalType = keyof typeof TEMPORALS;

export const TYPE_TAGS = ['integer', 'float', 'point', 'map', ...Object.keys(TEMPORALS)] as const;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Decodes one JSON parameter value into what the driver sends to Neo4j. `where` names the
 * value in error messages (e.g. `params.since`).
 */
export function decodeValue(value: unknown, where: string): unknown {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalidArgument(`${where}: ${value} is not a finite number`);
    return Number.isInteger(value) ? neo4j.int(value) : value;
  }
  if (Array.isArray(value)) return value.map((inner, i) => decodeValue(inner, `${where}[${i}]`));
  if (!isPlainObject(value)) throw invalidArgument(`${where}: unsupported JSON value`);
  if (!('$type' in value)) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value))
      out[key] = decodeValue(inner, `${where}.${key}`);
    return out;
  }
  return decodeTagged(value, where);
}

function decodeTagged(value: Record<string, unknown>, where: string): unknown {
  const tag = value.$type;
  const inner = value.value;
  switch (tag) {
    case 'integer': {
      const text = typeof inner === 'number' ? String(inner) : inner;
      if (typeof text !== 'string' || !/^-?\d+$/.test(text)) {
        throw invalidArgument(
          `${where}: integer value must be digits, got ${JSON.stringify(inner)}`,
        );
      }
      const int = neo4j.int(text);
      if (int.toString() !== text.replace(/^(-?)0+(?=\d)/, '$1')) {
        throw invalidArgument(`${where}: integer ${text} is outside the 64-bit range`);
      }
      return int;
    }
    case 'float': {
      if (typeof inner === 'number') return inner;
      if (inner === 'NaN') return NaN;
      if (inner === 'Infinity') return Infinity;
      if (inner === '-Infinity') return -Infinity;
      throw invalidArgument(`${where}: float value must be a number, got ${JSON.stringify(inner)}`);
    }
    case 'point': {
      const { srid, x, y, z } = value;
      if (typeof srid !== 'number' || typeof x !== 'number' || typeof y !== 'number') {
        throw invalidArgument(
          `${where}: a point needs numeric srid, x and y (e.g. {"$type":"point","srid":4326,"x":2.35,"y":48.85})`,
        );
      }
      if (z !== undefined && typeof z !== 'number')
        throw invalidArgument(`${where}: point z must be a number`);
      return new Point(neo4j.int(srid), x, y, z);
    }
    case 'map': {
      if (!isPlainObject(inner))
        throw invalidArgument(`${where}: a tagged map needs an object "value"`);
      const out: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(inner)) out[key] = decodeValue(v, `${where}.${key}`);
      return out;
    }
    default: {
      if (typeof tag === 'string' && tag in TEMPORALS) {
        if (typeof inner !== 'string') {
          throw invalidArgument(`${where}: ${tag} value must be an ISO 8601 string`);
        }
        try {
          return TEMPORALS[tag as TemporalType](inner);
        } catch {
          throw invalidArgument(`${where}: "${inner}" is not a valid ISO 8601 ${tag}`);
        }
      }
      throw invalidArgument(
        `${where}: unknown $type ${JSON.stringify(tag)} (known: ${TYPE_TAGS.join(', ')}; wrap a map with a "$type" key as {"$type":"map","value":{…}})`,
      );
    }
  }
}

/** Decodes a whole `params` object; anything but a JSON object (or absence) is refused. */
export function decodeParams(params: unknown): Record<string, unknown> {
  if (params === undefined || params === null) return {};
  if (!isPlainObject(params)) throw invalidArgument('params must be a JSON object of name → value');
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params))
    out[name] = decodeValue(value, `params.${name}`);
  return out;
}

/** How a relationship's ends are named in a table cell: a node's model id and name. */
export type NodeRefOf = (elementId: string) => { id: string; name: string } | undefined;

/**
 * A relationship's provenance and bookkeeping, left out of its table cell: the evidence can be a
 * whole sentence, and the cell is there to say which relationship it is (type, ends, role).
 * The canvas and the details panel show the provenance.
 */
const NOT_IN_CELL = new Set([
  'id',
  'source',
  'evidence',
  'evidenceStart',
  'evidenceEnd',
  'method',
  'confidence',
  'rule',
]);

/** Encodes a driver value as typed JSON (the inverse of decodeValue for every non-graph value). */
export function encodeValue(value: unknown, refOf: NodeRefOf = () => undefined): TypedJson {
  const kind = valueKind(value);
  if (isTemporalKind(kind)) return { $type: kind, value: String(value) };
  switch (kind) {
    case 'null':
      return null;
    case 'boolean':
    case 'string':
      return value as boolean | string;
    case 'integer': {
      const integer = value as Integer | bigint;
      return safeNumber(integer) ?? { $type: 'integer', value: integer.toString() };
    }
    case 'float': {
      const float = value as number;
      if (!Number.isFinite(float)) return { $type: 'float', value: String(float) };
      return Number.isInteger(float) ? { $type: 'float', value: float } : float;
    }
    case 'point': {
      const { srid, x, y, z } = value as Point;
      const point: { [key: string]: TypedJson } = {
        $type: 'point',
        srid: neo4j.integer.toNumber(srid),
        x,
        y,
      };
      if (z !== undefined) point.z = z;
      return point;
    }
    case 'node': {
      const node = value as Node;
      const id = nodeId(node);
      // The name too, so a table cell reads "Rama Yade (Person)" rather than an id.
      return {
        $type: 'node',
        id,
        labels: [...node.labels],
        name: displayName(node.properties, id),
      };
    }
    case 'relationship': {
      // The id as on the canvas, the ends by id and, when their nodes were read, by name, and
      // the properties that say which relationship it is ("role"), so a cell reads
      // (Rama Yade)-[:SPOKE_AT {role: speaker}]->(Panel at …).
      const rel = value as Relationship;
      const start = refOf(rel.startNodeElementId);
      const end = refOf(rel.endNodeElementId);
      const source = start?.id ?? `${ELEMENT_ID_PREFIX}${rel.startNodeElementId}`;
      const target = end?.id ?? `${ELEMENT_ID_PREFIX}${rel.endNodeElementId}`;
      const properties: { [key: string]: TypedJson } = {};
      for (const [key, inner] of Object.entries(rel.properties))
        if (!NOT_IN_CELL.has(key)) properties[key] = encodeValue(inner, refOf);
      return {
        $type: 'relationship',
        id: edgeId(rel, source, target),
        type: rel.type,
        source,
        target,
        ...(start ? { sourceName: start.name } : {}),
        ...(end ? { targetName: end.name } : {}),
        properties,
      };
    }
    case 'path': {
      const path = value as Path;
      const nodes = [path.start, ...path.segments.map((s) => s.end)];
      return {
        $type: 'path',
        length: path.length,
        nodes: nodes.map((n) => (encodeValue(n, refOf) as { id: string }).id),
      };
    }
    case 'bytes':
      return { $type: 'bytes', value: Buffer.from(value as Uint8Array).toString('base64') };
    case 'list':
      return (value as unknown[]).map((inner) => encodeValue(inner, refOf));
    case 'map': {
      const out: { [key: string]: TypedJson } = {};
      for (const [key, inner] of Object.entries(value as Record<string, unknown>))
        out[key] = encodeValue(inner, refOf);
      return '$type' in out ? { $type: 'map', value: out } : out;
    }
    case 'other':
      return String(value);
  }
}
