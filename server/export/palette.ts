/**
 * Default node colours by model label, used when the client sends no canvas colours (GEXF,
 * HTML). Kept close to the canvas palette; the canvas's own colours win when sent in `layout`.
 */
export const LABEL_COLOURS: Record<string, string> = {
  Person: '#4e79a7',
  Organization: '#f28e2b',
  Event: '#59a14f',
  Claim: '#e15759',
  Assertion: '#b07aa1',
  Article: '#9c755f',
  Place: '#76b7b2',
  Topic: '#edc948',
};

export const DEFAULT_COLOUR = '#8c8c8c';

/** `#rgb`, `#rrggbb` or `rgb(r, g, b)` → [r, g, b]; undefined for anything else. */
export function parseColour(colour: string | undefined): [number, number, number] | undefined {
  if (!colour) return undefined;
  let match = /^#([0-9a-f]{6})$/i.exec(colour.trim());
  if (match) {
    const n = parseInt(match[1]!, 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }
  match = /^#([0-9a-f]{3})$/i.exec(colour.trim());
  if (match) {
    const [r, g, b] = match[1]!.split('').map((c) => parseInt(c + c, 16));
    return [r!, g!, b!];
  }
  const rgb = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})/i.exec(colour.trim());
  if (rgb) return [Number(rgb[1]) & 255, Number(rgb[2]) & 255, Number(rgb[3]) & 255];
  return undefined;
}
