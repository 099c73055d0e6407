/**
 * A Markdown file's text as the extractor reads text: the markup an analyst's notes or a
 * site's export use is taken off, so a headline written `# Title` is the title "Title" and
 * `**said**` is "said" (the extractor's rules read prose, and an evidence quote should read as
 * the article does). Headings, emphasis, links and images (their text kept), inline code,
 * block quotes, list markers and HTML comments; paragraphs and the `---` line that separates
 * articles in one file stay as they are. Line by line and conservative: what it does not know
 * is left untouched. Not a Markdown renderer: no HTML, no tables, no nesting beyond that.
 */

const RULES: [RegExp, string][] = [
  [/!\[([^\]]*)\]\([^)]*\)/g, '$1'], // image: its alt text
  [/\[([^\]]+)\]\([^)]*\)/g, '$1'], // link: its text
  [/\[([^\]]+)\]\[[^\]]*\]/g, '$1'], // reference link: its text
  [/`([^`]+)`/g, '$1'], // inline code
  [/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2'], // bold
  [/(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])/g, '$1'], // italic with *
  [/(?<!\w)_(?=\S)([^_]+?)(?<=\S)_(?!\w)/g, '$1'], // italic with _
  [/~~(?=\S)(.+?)(?<=\S)~~/g, '$1'], // strike-through
];

function inline(line: string): string {
  return RULES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), line);
}

/** `text` is already decoded (strict UTF-8, read-corpus.ts). */
export function markdownToText(text: string): string {
  const lines: string[] = [];
  let fenced = false;
  for (const raw of text.replace(/<!--[\s\S]*?-->/g, '').split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      lines.push(raw);
      continue;
    }
    // Reference definitions ("[1]: https://…") are addresses, not text.
    if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(raw)) continue;
    const line = raw
      .replace(/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/, '$1') // ATX heading
      .replace(/^\s{0,3}(>\s?)+/, '') // block quote
      .replace(/^(\s*)(?:[-*+]|\d{1,3}[.)])\s+/, '$1'); // list item marker
    // A line of === under a paragraph underlines a heading; a line of --- is kept, since it
    // separates the articles of one file.
    if (/^\s{0,3}=+\s*$/.test(line)) continue;
    lines.push(inline(line));
  }
  return lines.join('\n');
}
