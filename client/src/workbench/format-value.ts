/**
 * How a typed-JSON table cell reads as text: scalars as themselves, tagged temporals as their
 * ISO string, nodes by name (`Rama Yade (Person)`, else `(Label id)`), relationships by their
 * ends' names and their own properties (`(Rama Yade)-[:SPOKE_AT {role: speaker}]->(Panel …)`,
 * ids where no name came), `path(n)`, lists and maps compact; `idsOf` gives the ids behind
 * a graph value.
 * Used for display, sorting and copying; pure.
 */
import type { TypedJson } from './api';

/** A field of a tagged value: formatted like any cell, `undefined` when absent. */
const field = (value: TypedJson | undefined): string =>
  value === undefined ? 'undefined' : formatValue(value);

export function formatValue(value: TypedJson): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return `[${value.map(formatValue).join(', ')}]`;
  const tag = value.$type;
  if (typeof tag === 'string') {
    switch (tag) {
      case 'node': {
        const label = String((value.labels as string[] | undefined)?.[0] ?? '');
        return typeof value.name === 'string' && value.name
          ? `${value.name} (${label})`
          : `(${label} ${field(value.id)})`;
      }
      case 'relationship': {
        const end = (name: TypedJson | undefined, id: TypedJson | undefined) =>
          typeof name === 'string' && name ? name : field(id);
        const properties = value.properties;
        const shown =
          properties && typeof properties === 'object' && Object.keys(properties).length > 0
            ? ` ${formatValue(properties)}`
            : '';
        return `(${end(value.sourceName, value.source)})-[:${field(value.type)}${shown}]->(${end(value.targetName, value.target)})`;
      }
      case 'path':
        return `path(${field(value.length)}: ${((value.nodes as string[]) ?? []).join(' → ')})`;
      case 'point':
        return `point(${field(value.srid)}: ${field(value.x)}, ${field(value.y)}${value.z !== undefined ? `, ${field(value.z)}` : ''})`;
      case 'map':
        return formatValue(value.value ?? null);
      default:
        if ('value' in value) return field(value.value);
    }
  }
  return `{${Object.entries(value)
    .map(([k, v]) => `${k}: ${formatValue(v)}`)
    .join(', ')}}`;
}

/**
 * The ids behind a graph value, for a cell's tooltip where the cell itself shows names: a
 * node's id, a relationship's id, a path's node ids; null for any other value.
 */
export function idsOf(value: TypedJson): string | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  switch (value.$type) {
    case 'node':
      return field(value.id);
    case 'relationship':
      return value.id === undefined
        ? `${field(value.source)} → ${field(value.target)}`
        : field(value.id);
    case 'path':
      return ((value.nodes as string[]) ?? []).join(' → ');
    default:
      return null;
  }
}

/** Sort key: numbers compare as numbers, everything else as text. */
export function sortKey(value: TypedJson): number | string {
  if (typeof value === 'number') return value;
  if (
    value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    typeof value.value === 'number'
  )
    return value.value;
  return formatValue(value).toLowerCase();
}
