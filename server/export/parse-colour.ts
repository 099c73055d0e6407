/**
 * CSS colours as the canvas reports them (`#rgb`, `#rrggbb`, `rgb()`/`rgba()`) read into red,
 * green and blue channels, for the formats that store channels (GEXF's `viz:color`). Which
 * colour a label has is model/looks.ts; this file only reads colour text.
 */

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
