/**
 * What the analysts' corrections make of the people and organizations a batch joins. A batch
 * is prepared and written against the graph as extracted, and the corrections are replayed on
 * top after the write (docs/corrections.md), so a known person the document names keeps the
 * name an analyst gave it, or its new speeches move to the node it was merged into, or it is
 * removed again by a reject. Each `merged` entity of a preview gets `corrected` saying so;
 * read from the graph as the analyst sees it, the same before a preview (the corrections are
 * in effect) and after a job (they have been replayed), so both answers agree. New entities
 * are left as they are: no correction can be about a node the graph never had.
 */
import type { CorrectionEngine } from '../../platform/corrections/engine';
import type { DocumentPreview, EntityPreview } from '../../api/ingest';

/** A merge of a merge: followed this far, then the chain is taken as broken. */
const MAX_MERGE_HOPS = 20;

export async function asCorrected(
  engine: CorrectionEngine,
  documents: DocumentPreview[],
): Promise<DocumentPreview[]> {
  const entities = documents.flatMap((d) =>
    d.articles.flatMap((a) => [...a.people, ...a.organizations]),
  );
  const known = [...new Set(entities.filter((e) => e.status === 'merged').map((e) => e.id))];
  if (known.length === 0) return documents;
  const mergedInto = new Map<string, string>();
  for (const c of await engine.list())
    if (c.applied && c.action === 'merge' && c.payload.from && c.payload.into)
      mergedInto.set(c.payload.from, c.payload.into);
  const survivor = (id: string) => {
    let at = id;
    for (let hop = 0; hop < MAX_MERGE_HOPS && mergedInto.has(at); hop += 1)
      at = mergedInto.get(at) as string;
    return at;
  };
  const ids = [...new Set([...known, ...known.map(survivor)])];
  const now = await engine.touchedNow({ nodes: ids, rels: [] });
  const nameOf = new Map(
    now.nodes.map((n) => [String(n.properties.id), String(n.properties.name ?? n.properties.id)]),
  );

  const correct = (e: EntityPreview): EntityPreview => {
    if (e.status !== 'merged') return e;
    const id = nameOf.has(e.id) ? e.id : survivor(e.id);
    const name = nameOf.get(id);
    if (name === undefined) return { ...e, corrected: { id: null, name: null } };
    return id === e.id && name === e.name ? e : { ...e, corrected: { id, name } };
  };
  return documents.map((d) => ({
    ...d,
    articles: d.articles.map((a) => ({
      ...a,
      people: a.people.map(correct),
      organizations: a.organizations.map(correct),
    })),
  }));
}

/** The node an entity id is in the graph after the corrections (null: removed), by preview. */
export function correctedIds(documents: DocumentPreview[]): Map<string, string | null> {
  const ids = new Map<string, string | null>();
  for (const d of documents)
    for (const a of d.articles)
      for (const e of [...a.people, ...a.organizations])
        if (e.corrected) ids.set(e.id, e.corrected.id);
  return ids;
}
