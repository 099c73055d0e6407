/**
 * How a typed-JSON table cell reads as text: scalars as themselves, tagged temporals as their
 * ISO string, nodes by name (`Rama Yade (Person)`, else `(Label id)`), relationships as
 * `(a)-[:TYPE]->(b)`, `path(n)`, lists and maps compact.
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
      case 'relationship':
        return `(${field(value.source)})-[:${field(value.type)}]->(${field(value.target)})`;
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
