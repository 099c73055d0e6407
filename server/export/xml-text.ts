/**
 * Escaping for XML 1.0 text and attribute values (GraphML, GEXF). Characters XML 1.0 cannot
 * carry at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD: the only
 * loss in the XML formats, and only for text no one types. Carriage returns, tabs and, in
 * attributes, newlines are written as character references so parsers do not normalise them.
 */

// Finding the characters XML cannot carry is the point of this pattern.
const INVALID_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlText(text: string): string {
  return text
    .replace(INVALID_XML, '\ufffd')
    .replace(/[&<>\r]/g, (ch) =>
      ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&#13;',
    );
}

const ATTR: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

export function xmlAttr(text: string): string {
  return text.replace(INVALID_XML, '\ufffd').replace(/[&<>"'\n\r\t]/g, (ch) => ATTR[ch]!);
}
