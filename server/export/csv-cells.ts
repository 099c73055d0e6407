/**
 * CSV cells for the neo4j-admin import format: RFC 4180 quoting (every text cell quoted,
 * quotes doubled, line breaks kept inside quotes), lists joined by U+001F (pass
 * `--array-delimiter=U+001F` to neo4j-admin; no printable character is safe in free text), and
 * the spreadsheet formula guard: a text cell starting with `=`, `+`, `-`, `@`, tab, carriage
 * return or `'` gets one leading `'`, which spreadsheets show as text and our LOAD CSV script
 * strips (so the guard is reversible: a value that starts with `'` gets a second one).
 */
import type { PropType } from './model';
import { scalarText, valueText } from './typed-values';

export const ARRAY_DELIMITER = '\u001f';

const FORMULA_START = /^[=+\-@\t\r']/;

export function guard(text: string, formulaGuard: boolean): string {
  return formulaGuard && FORMULA_START.test(text) ? `'${text}` : text;
}

export function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A text cell: guarded, then quoted. An empty string stays `""` (distinct from no value). */
export function textCell(text: string, formulaGuard: boolean): string {
  return quoted(guard(text, formulaGuard));
}

/** The neo4j-admin column type for a property type; points go as text. */
export function csvType(type: PropType): string {
  return type.replace('point', 'string');
}

export function isBareType(type: PropType): boolean {
  return type === 'long' || type === 'double' || type === 'boolean';
}

/** One property cell; `type` is the column's type. Missing values are empty, unquoted. */
export function valueCell(value: unknown, type: PropType, formulaGuard: boolean): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    if (!type.endsWith('[]')) return textCell(valueText(value), formulaGuard);
    return textCell(value.map(scalarText).join(ARRAY_DELIMITER), formulaGuard);
  }
  const text = scalarText(value);
  if (isBareType(type)) return text;
  return textCell(text, formulaGuard);
}
