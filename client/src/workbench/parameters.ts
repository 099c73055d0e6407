/**
 * Parameters of the query being edited: detects `$name` in the text (outside comments and
 * strings, like the server's loader), merges them with declared specs, and renders a form of
 * typed inputs whose values become the typed JSON the server decodes (dates tagged, integral
 * floats tagged, lists and maps as JSON). Pure helpers plus one small view with a teardown.
 */
import { PARAM_TYPES, type ParamSpec, type ParamType, type TypedJson } from './api';

export function detectParameters(text: string): string[] {
  const stripped = text
    .replace(/\/\/[^\n]*/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`/g, "''");
  return [...new Set([...stripped.matchAll(/\$(\w+)/g)].map((m) => m[1]!))];
}

/** Declared specs for names still in the text, then detected names with a guessed type. */
export function mergeSpecs(text: string, declared: ParamSpec[]): ParamSpec[] {
  const names = detectParameters(text);
  const byName = new Map(declared.map((s) => [s.name, s]));
  return names.map((name) => byName.get(name) ?? { name, type: 'string' });
}

export class ParamValueError extends Error {}

/** Converts a form field's text into typed JSON for the parameter's type. */
export function typedValue(type: ParamType, raw: string, name: string): TypedJson {
  const text = raw.trim();
  const fail = (expected: string) =>
    new ParamValueError(`$${name}: expected ${expected}, got "${raw}"`);
  switch (type) {
    case 'string':
      return raw;
    case 'integer':
      if (!/^-?\d+$/.test(text)) throw fail('a whole number');
      return Number.isSafeInteger(Number(text)) ? Number(text) : { $type: 'integer', value: text };
    case 'float': {
      const number = Number(text);
      if (!text || !Number.isFinite(number)) throw fail('a number');
      return Number.isInteger(number) ? { $type: 'float', value: number } : number;
    }
    case 'boolean':
      if (text !== 'true' && text !== 'false') throw fail('true or false');
      return text === 'true';
    case 'date':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw fail('a date YYYY-MM-DD');
      return { $type: 'date', value: text };
    case 'list':
    case 'map': {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        throw fail(type === 'list' ? 'a JSON list [...]' : 'a JSON object {...}');
      }
      const ok =
        type === 'list'
          ? Array.isArray(parsed)
          : typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
      if (!ok) throw fail(type === 'list' ? 'a JSON list [...]' : 'a JSON object {...}');
      return parsed as TypedJson;
    }
    default:
      if (!text) return '';
      try {
        return JSON.parse(text) as TypedJson;
      } catch {
        return raw;
      }
  }
}

/** The text a form field shows for a default or a link value. */
export function fieldText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && '$type' in value && 'value' in value) {
    return String((value as { value: unknown }).value);
  }
  return JSON.stringify(value);
}

export interface ParamForm {
  /** Re-renders for these specs, keeping values the user typed for names that stay. */
  render(specs: ParamSpec[], editableTypes: boolean): void;
  setValues(values: Record<string, string>): void;
  /** Typed JSON values; throws ParamValueError naming the bad field. */
  values(): Record<string, TypedJson>;
  /** Current specs with the chosen types and typed values as defaults (for saving). */
  specs(): ParamSpec[];
  rawValues(): Record<string, string>;
  /** Forgets typed values and chosen types (another query is opened). */
  reset(): void;
  teardown(): void;
}

export function createParamForm(container: HTMLElement, onSubmit: () => void): ParamForm {
  let current: ParamSpec[] = [];
  const typed = new Map<string, string>();
  const types = new Map<string, ParamType>();
  const form = document.createElement('form');
  form.className = 'wb-params';
  form.setAttribute('aria-label', 'Query parameters');
  const submit = (event: Event) => {
    event.preventDefault();
    onSubmit();
  };
  form.addEventListener('submit', submit);
  container.append(form);

  const typeOf = (spec: ParamSpec) => types.get(spec.name) ?? spec.type;

  function input(spec: ParamSpec): HTMLInputElement | HTMLSelectElement {
    const type = typeOf(spec);
    const value = typed.get(spec.name) ?? fieldText(spec.default);
    let field: HTMLInputElement | HTMLSelectElement;
    if (type === 'boolean') {
      field = document.createElement('select');
      for (const option of ['true', 'false']) field.append(new Option(option, option));
      field.value = value === 'false' ? 'false' : 'true';
    } else {
      field = document.createElement('input');
      field.type =
        type === 'integer' || type === 'float' ? 'number' : type === 'date' ? 'date' : 'text';
      if (type === 'integer') field.step = '1';
      if (type === 'float') field.step = 'any';
      if (type === 'list') field.placeholder = '["a", "b"]';
      if (type === 'map') field.placeholder = '{"key": "value"}';
      field.value = value;
    }
    field.name = spec.name;
    field.dataset.param = spec.name;
    field.addEventListener('input', () => typed.set(spec.name, field.value));
    field.addEventListener('change', () => typed.set(spec.name, field.value));
    return field;
  }

  function render(specs: ParamSpec[], editableTypes: boolean): void {
    current = specs;
    form.replaceChildren();
    if (!specs.length) return;
    const heading = document.createElement('div');
    heading.className = 'wb-params-heading';
    heading.textContent = 'Parameters';
    form.append(heading);
    for (const spec of specs) {
      const row = document.createElement('label');
      row.className = 'wb-param';
      const name = document.createElement('span');
      name.className = 'wb-param-name';
      name.textContent = `$${spec.name}`;
      row.append(name, input(spec));
      if (editableTypes) {
        const select = document.createElement('select');
        select.className = 'wb-param-type';
        select.setAttribute('aria-label', `type of $${spec.name}`);
        for (const type of PARAM_TYPES) select.append(new Option(type, type));
        select.value = typeOf(spec);
        select.addEventListener('change', () => {
          types.set(spec.name, select.value as ParamType);
          render(current, editableTypes);
        });
        row.append(select);
      } else {
        const kind = document.createElement('span');
        kind.className = 'wb-param-kind';
        kind.textContent = typeOf(spec);
        row.append(kind);
      }
      if (spec.description) row.title = spec.description;
      form.append(row);
    }
    // Enter in a field runs the query.
    const hidden = document.createElement('button');
    hidden.type = 'submit';
    hidden.hidden = true;
    form.append(hidden);
  }

  return {
    render,
    setValues(values) {
      for (const [name, value] of Object.entries(values)) typed.set(name, value);
      for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
        '[data-param]',
      )) {
        const value = values[field.dataset.param!];
        if (value !== undefined) field.value = value;
      }
    },
    rawValues() {
      const out: Record<string, string> = {};
      for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
        '[data-param]',
      )) {
        out[field.dataset.param!] = field.value;
      }
      return out;
    },
    values() {
      const raw = this.rawValues();
      const out: Record<string, TypedJson> = {};
      for (const spec of current)
        out[spec.name] = typedValue(typeOf(spec), raw[spec.name] ?? '', spec.name);
      return out;
    },
    specs() {
      const raw = this.rawValues();
      return current.map((spec) => {
        const type = typeOf(spec);
        const out: ParamSpec = { name: spec.name, type };
        const text = raw[spec.name] ?? '';
        if (text !== '') {
          try {
            out.default = type === 'date' ? text : typedValue(type, text, spec.name);
          } catch {
            out.default = text;
          }
        }
        if (spec.description) out.description = spec.description;
        return out;
      });
    },
    reset() {
      typed.clear();
      types.clear();
    },
    teardown() {
      form.removeEventListener('submit', submit);
      form.remove();
    },
  };
}
