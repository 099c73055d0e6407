/**
 * Building blocks of the details panel: a section with a heading and count, a node chip that
 * focuses the node on click, a relationship row with its role and provenance (the evidence
 * sentence and a button that opens the source article at it), and a claim card that reads
 * "claimed by …, at …, according to …" — never as a fact. All text goes in as text.
 */
import { el } from '../dom';
import { lookOf } from '../../../model/looks';
import type { ClaimSummary, Link, NodeRef, Provenance } from '../../../api';

export interface PanelHooks {
  /** Focus (select, centre, add if absent, show details) a node by id. */
  focus(id: string): void;
  /** Open the article viewer at a piece of evidence. */
  openEvidence(provenance: Provenance): void;
}

export function section(
  title: string,
  count: number | null,
  ...children: (Node | null)[]
): HTMLElement {
  const heading = el('h3', { className: 'ex-section-title', textContent: title });
  if (count !== null)
    heading.append(el('span', { className: 'ex-count', textContent: String(count) }));
  return el('section', { className: 'ex-section' }, heading, ...children);
}

export function empty(text: string): HTMLElement {
  return el('p', { className: 'ex-muted', textContent: text });
}

/** A colour dot set through the CSSOM (never a style attribute string). */
export function swatch(color: string): HTMLElement {
  const dot = el('span', { className: 'ex-swatch' });
  dot.style.background = color;
  return dot;
}

export function chip(node: NodeRef, hooks: PanelHooks): HTMLButtonElement {
  const look = lookOf(node.label);
  const button = el(
    'button',
    {
      type: 'button',
      className: 'ex-chip',
      title: `${node.label}: ${node.name} — show on the canvas`,
      dataset: { node: node.id },
    },
    swatch(look.color),
    el('span', { className: 'ex-chip-name', textContent: node.name }),
  );
  button.addEventListener('click', () => hooks.focus(node.id));
  return button;
}

/** The evidence sentence and its article, with one click to read it in place. */
export function evidence(
  provenance: Provenance | null | undefined,
  hooks: PanelHooks,
  sourceLabel = 'Source: ',
): HTMLElement | null {
  if (!provenance || (!provenance.evidence && !provenance.article)) return null;
  const box = el('div', { className: 'ex-evidence-box' });
  if (provenance.evidence)
    box.append(el('blockquote', { className: 'ex-quote', textContent: provenance.evidence }));
  if (provenance.article) {
    const open = el(
      'button',
      {
        type: 'button',
        className: 'ex-source',
        title: 'Open the article with this sentence highlighted',
        dataset: { action: 'open-evidence', article: provenance.article },
      },
      el('span', { textContent: sourceLabel }),
      el('span', {
        className: 'ex-source-title',
        textContent: provenance.articleTitle ?? provenance.article,
      }),
    );
    open.addEventListener('click', () => hooks.openEvidence(provenance));
    const method = [
      provenance.method,
      provenance.confidence !== null && provenance.confidence !== undefined
        ? `confidence ${provenance.confidence.toFixed(2)}`
        : null,
    ]
      .filter(Boolean)
      .join(', ');
    box.append(
      el(
        'div',
        { className: 'ex-source-row' },
        open,
        method ? el('span', { className: 'ex-method', textContent: method }) : null,
      ),
    );
  }
  return box;
}

/** One relationship row: the other node, an optional prefix (date) and role, the evidence. */
export function linkRow(link: Link, hooks: PanelHooks, prefix?: string | null): HTMLElement {
  const head = el('div', { className: 'ex-link-head' });
  if (prefix) head.append(el('span', { className: 'ex-date', textContent: prefix }));
  head.append(chip(link.node, hooks));
  if (link.role) head.append(el('span', { className: 'ex-role', textContent: link.role }));
  return el(
    'li',
    {
      className: 'ex-link',
      dataset: { relationship: link.relationship, version: String(link.curationVersion) },
    },
    head,
    evidence(link.provenance, hooks),
  );
}

export function linkList<T extends NodeRef>(
  links: Link<T>[],
  hooks: PanelHooks,
  prefix?: (link: Link<T>) => string | null,
): HTMLElement {
  return el(
    'ul',
    { className: 'ex-links' },
    ...links.map((link) => linkRow(link, hooks, prefix?.(link))),
  );
}

function names(links: Link[], hooks: PanelHooks): Node[] {
  const out: Node[] = [];
  links.forEach((link, i) => {
    if (i > 0) out.push(document.createTextNode(i === links.length - 1 ? ' and ' : ', '));
    out.push(chip(link.node, hooks));
  });
  return out;
}

/** A topic as a reader names it: `topic:1988-massacre` → "1988 massacre". */
export function topicName(topic: string): string {
  return topic.replace(/^topic:/, '').replace(/[-_]+/g, ' ');
}

/** Whether two passages say the same (one holds the other, spacing and quotes aside). */
function sameText(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[“”"‘’'«»]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  const [x, y] = [norm(a), norm(b)];
  return x.includes(y) || y.includes(x);
}

/** A claim card: the quote, who claimed it, where, when, and the article that says so. */
export function claimCard(claim: ClaimSummary, hooks: PanelHooks): HTMLElement {
  const card = el('article', { className: 'ex-claim', dataset: { claim: claim.id } });
  card.append(
    el('p', {
      className: 'ex-claim-text',
      textContent: claim.quote ? `“${claim.quote}”` : claim.text,
    }),
  );
  const by = el(
    'p',
    { className: 'ex-claim-by' },
    el('span', { className: 'ex-claimed-label', textContent: 'claimed by ' }),
  );
  if (claim.claimedBy.length) by.append(...names(claim.claimedBy, hooks));
  else by.append(el('span', { className: 'ex-muted', textContent: 'an unnamed speaker' }));
  if (claim.event) {
    by.append(' at ', chip(claim.event.node, hooks));
  }
  if (claim.date) by.append(el('span', { className: 'ex-date', textContent: ` ${claim.date}` }));
  card.append(by);
  if (claim.asserts.length) {
    card.append(
      el(
        'p',
        { className: 'ex-claim-asserts' },
        el('span', { className: 'ex-muted', textContent: 'asserts ' }),
        ...names(claim.asserts, hooks),
      ),
    );
  }
  if (claim.topics.length)
    card.append(
      el('p', { className: 'ex-topics', textContent: claim.topics.map(topicName).join(' · ') }),
    );
  // The CLAIMED evidence says who said it; fall back to the reporting article's evidence.
  const found =
    claim.claimedBy.find((l) => l.provenance.evidence)?.provenance ??
    claim.reportedIn.find((l) => l.provenance.article)?.provenance ??
    null;
  // The quote printed above is often the evidence itself: then only the source link follows.
  const same = found?.evidence && claim.quote && sameText(found.evidence, claim.quote);
  const provenance = found && same ? { ...found, evidence: null } : found;
  const source = evidence(provenance, hooks, 'according to ');
  if (source) card.append(source);
  const open = el('button', {
    type: 'button',
    className: 'ex-link-button',
    textContent: 'Show claim on canvas',
    dataset: { node: claim.id },
  });
  open.addEventListener('click', () => hooks.focus(claim.id));
  card.append(open);
  return card;
}

export function claimList(claims: ClaimSummary[], hooks: PanelHooks): HTMLElement {
  return el('div', { className: 'ex-claims' }, ...claims.map((c) => claimCard(c, hooks)));
}

export function facts(rows: [string, string | null | undefined][]): HTMLElement | null {
  const shown = rows.filter(([, value]) => value);
  if (!shown.length) return null;
  const dl = el('dl', { className: 'ex-facts' });
  for (const [key, value] of shown)
    dl.append(el('dt', { textContent: key }), el('dd', { textContent: value ?? '' }));
  return dl;
}
