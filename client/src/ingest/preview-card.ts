/**
 * One document of the batch as the dialog shows it: file and format, then per article its
 * title and date, where it came from, the event (kind, date, place), the speakers with their
 * roles, the number of claims, the people and organizations (new, or merged with a node
 * already in the graph and why, and what an analyst's correction makes of that node), and
 * warnings; or the reason the file cannot be added. A
 * button drops the document from the batch. Text from the documents goes in as text only.
 */
import { el } from '../dom';
import type { ArticlePreview, DocumentPreview, EntityPreview } from './api';

const FORMAT_NAMES = { text: 'Text', html: 'Web page', pdf: 'PDF', docx: 'Word' } as const;

/** What an analyst's correction makes of a known node, shown after its name ('' if nothing). */
function afterCorrections(e: EntityPreview): string {
  if (!e.corrected) return '';
  return e.corrected.name === null ? ' → removed' : ` → ${e.corrected.name}`;
}

function correctionNote(e: EntityPreview): string {
  const c = e.corrected;
  if (!c) return '';
  if (c.id === null)
    return 'a correction removed it: what this document says of it is removed again';
  if (c.id !== e.id)
    return `a correction merged it into "${c.name}": this document's facts go there`;
  return `a correction renamed it "${c.name}"`;
}

function entities(title: string, list: EntityPreview[]): HTMLElement | null {
  if (list.length === 0) return null;
  const fresh = list.filter((e) => e.status === 'new');
  const merged = list.filter((e) => e.status === 'merged');
  return el(
    'div',
    { className: 'ig-entities' },
    el('span', { className: 'ig-key', textContent: title }),
    el(
      'span',
      {},
      ...fresh.map((e) =>
        el('span', { className: 'ig-chip ig-new', textContent: e.name, title: 'new' }),
      ),
      ...merged.map((e) =>
        el('span', {
          className: 'ig-chip ig-merged',
          textContent: `${e.name} ↔ known${afterCorrections(e)}`,
          title: [
            e.spelling && e.spelling !== e.name
              ? `"${e.spelling}" joins "${e.name}" already in the graph (${e.reason ?? 'match'})`
              : `joins "${e.name}" already in the graph (${e.reason ?? 'match'})`,
            correctionNote(e),
          ]
            .filter(Boolean)
            .join('; '),
        }),
      ),
    ),
  );
}

function row(key: string, value: string | Node): HTMLElement {
  return el(
    'div',
    { className: 'ig-row' },
    el('span', { className: 'ig-key', textContent: key }),
    value,
  );
}

function article(a: ArticlePreview): HTMLElement {
  const source = [a.source.site, a.source.author, a.source.url].filter(Boolean).join(' · ');
  const event = a.event
    ? [
        a.event.kind ?? 'event (kind uncertain)',
        a.event.date ?? 'no date',
        a.event.place ?? 'no place',
      ].join(' · ')
    : 'no event recognised';
  return el(
    'div',
    { className: 'ig-article', dataset: { article: a.id } },
    el('div', { className: 'ig-title', textContent: a.title }),
    el('div', {
      className: 'ig-meta',
      textContent: [a.published ?? 'no publication date', source].filter(Boolean).join(' — '),
    }),
    row('Event', event),
    row(
      'Speakers',
      a.speakers.length
        ? a.speakers
            .map((s) => {
              const known = a.people.find((p) => p.id === s.id);
              return `${s.name}${known ? afterCorrections(known) : ''} (${s.role})`;
            })
            .join(', ')
        : 'none found',
    ),
    row('Claims', String(a.claims)),
    entities('People', a.people),
    entities('Orgs', a.organizations),
    a.warnings.length
      ? el(
          'ul',
          { className: 'ig-warnings' },
          ...a.warnings.map((w) => el('li', { textContent: w })),
        )
      : null,
  );
}

export function previewCard(doc: DocumentPreview, onDrop: () => void): HTMLElement {
  const drop = el('button', {
    type: 'button',
    className: 'ex-button ig-drop',
    textContent: 'Remove',
    title: `Leave ${doc.file} out of this batch`,
    dataset: { action: 'drop-document' },
  });
  drop.addEventListener('click', onDrop);
  const format = doc.format ? FORMAT_NAMES[doc.format] : 'unknown';
  return el(
    'li',
    { className: `ig-doc ${doc.ok ? 'ig-ok' : 'ig-bad'}`, dataset: { file: doc.file } },
    el(
      'div',
      { className: 'ig-doc-head' },
      el('span', { className: 'ig-file', textContent: doc.file }),
      el('span', { className: 'ig-format', textContent: format }),
      drop,
    ),
    doc.ok
      ? el('div', {}, ...doc.articles.map(article))
      : el('div', { className: 'ig-error', textContent: doc.error?.message ?? 'cannot be added' }),
  );
}
