import { describe, it, expect } from 'vitest';
import { EXTRACTION_PIPELINE } from '../analyze';
import type { FoundClaim } from '../claims';
import type { Participation } from '../participation';
import { preferredVariant } from '../people';
import { splitArticles } from '../split';
import { ArticleDocument, LayerError } from './document';
import { buildPipeline, PipelineError, type Component } from './pipeline';

const article = splitArticles({
  name: 'fixture.txt',
  text: 'Harbour forum on tides\n\nThe forum was chaired by Dr. Ines Falk in Bergen on 3 May 2024. Falk said the tides are rising.',
})[0];
if (!article) throw new Error('fixture has no article');

const component = (
  name: string,
  needs: string[],
  provides: string[],
  run = () => {},
): Component => ({
  name,
  needs,
  provides,
  run,
});

function analysed(text: string): ArticleDocument {
  const report = splitArticles({ name: 'report.txt', text })[0];
  if (!report) throw new Error('fixture has no article');
  return EXTRACTION_PIPELINE.run(new ArticleDocument(report));
}

/** Each claim of an invented report as "Name: quote". */
function claimsOf(doc: ArticleDocument): string[] {
  return doc.layer('claim').map((span) => {
    const claim = span.attrs as FoundClaim;
    return `${claim.people.map((p) => preferredVariant(p.variants)).join(', ')}: ${doc.text.slice(span.start, span.end)}`;
  });
}

describe('buildPipeline', () => {
  it('refuses a component whose need no earlier component provides', () => {
    expect(() =>
      buildPipeline([
        component('claims', ['speaker'], ['claim']),
        component('speakers', [], ['speaker']),
      ]),
    ).toThrow(PipelineError);
  });

  it('refuses two providers of one layer and a component listed twice', () => {
    expect(() => buildPipeline([component('a', [], ['x']), component('b', [], ['x'])])).toThrow(
      PipelineError,
    );
    expect(() => buildPipeline([component('a', [], ['x']), component('a', ['x'], ['y'])])).toThrow(
      PipelineError,
    );
  });

  it('lets a component write its own layers only', () => {
    const writer = component('writer', ['sentence'], ['mine'], function (this: void) {});
    writer.run = (doc) => {
      doc.add('mine', { start: 0, end: 1, label: 'ok', attrs: {}, rule: 'test', score: 1 });
      doc.add('sentence', { start: 0, end: 1, label: 'bad', attrs: {}, rule: 'test', score: 1 });
    };
    expect(() => buildPipeline([writer]).run(new ArticleDocument(article))).toThrow(LayerError);
  });
});

describe('the extraction pipeline', () => {
  it('fills every layer its components provide, with spans inside the text', () => {
    const doc = EXTRACTION_PIPELINE.run(new ArticleDocument(article));
    for (const c of EXTRACTION_PIPELINE.components)
      for (const layer of c.provides)
        for (const span of doc.layer(layer)) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(doc.text.length);
          expect(span.score).toBeGreaterThan(0);
          expect(span.score).toBeLessThanOrEqual(1);
        }
    expect(doc.layer('speaker').map((s) => s.label)).toEqual(['moderator']);
    expect(doc.layer('claim')).toHaveLength(1);
    expect(doc.layer('event')[0]?.label).toBe('forum');
  });

  it('gives a trailing "she said" to the subject of "Among the speakers was X", and no claim to a bare "spoke"', () => {
    const report = splitArticles({
      name: 'vigil.txt',
      text: 'Vigil for the flood victims\n\nThe vigil was held in Tarnow on 3 May 2024. Norway\'s minister, Ada Lie, spoke by video from Oslo. Among the speakers was Ruth Dane, 70, who lost her home.\n\n"We were not afraid. The fear came later," she said.',
    })[0];
    if (!report) throw new Error('fixture has no article');
    const doc = EXTRACTION_PIPELINE.run(new ArticleDocument(report));
    const said = doc.layer('claim').map((span) => {
      const claim = span.attrs as FoundClaim;
      return `${claim.people.map((p) => preferredVariant(p.variants)).join(', ')}: ${doc.text.slice(span.start, span.end)}`;
    });
    expect(said).toEqual([
      'Ruth Dane: "We were not afraid.',
      'Ruth Dane: The fear came later," she said.',
    ]);
  });

  it('takes words given once the event was over for no claim made at it, and no speaker', () => {
    const doc = analysed(
      'Harbour vote\n\nMayor Ines Kolar, who chaired the meeting, limited each resident to two minutes. Councillor Piet Varga said the plan would flood the lane.\n\nKolar said after the meeting that she expected a close vote. Afterwards Varga said he would appeal. Engineer Tomas Rell, who did not attend, said after the vote that the pumps would hold.',
    );
    expect(
      doc.values<Participation>('speaker').map((p) => preferredVariant(p.person.variants)),
    ).toEqual(['Ines Kolar', 'Piet Varga']);
    expect(claimsOf(doc)).toEqual([
      'Piet Varga: Councillor Piet Varga said the plan would flood the lane.',
    ]);
  });

  it('gives "he said" after "a reply from X, who said …" and "The 58-year-old said …" to X', () => {
    const doc = analysed(
      'Port tariff panel\n\nThe panel met in Mombasa on 3 May 2024. Hamid Saleh, the port\'s director, said the tariff was fair. "We kept it low," he said.\n\nThat drew a sharp reply from Otieno Barasa, who said Kenyan hauliers were paying twice. The 58-year-old, who runs a fleet of forty lorries, said drivers waited three days at the gate.\n\n"Time is our fuel," he said.',
    );
    expect(claimsOf(doc).filter((c) => c.includes('fuel'))).toEqual([
      'Otieno Barasa: "Time is our fuel," he said.',
    ]);
  });

  it('takes a name after "said" with a verb of its own, or named as a firm, for nobody speaking', () => {
    const doc = analysed(
      'Freight forum\n\nThe forum met in Durban on 3 May 2024. Its panel heard Thandi Mokoena, head of the courier firm Swift Lina. The South African executive said Swift Lina had cut delivery times by a third. "Speed sells," she said.',
    );
    expect(
      doc.values<Participation>('speaker').map((p) => preferredVariant(p.person.variants)),
    ).toEqual(['Thandi Mokoena']);
    expect(claimsOf(doc).every((c) => c.startsWith('Thandi Mokoena:'))).toBe(true);
  });

  it('gives "she said" in a paragraph that opens on "was delivered by X" to X', () => {
    const doc = analysed(
      'Soil science day\n\nThe day was held in Ghent on 3 May 2024. Chair Dr. Lotte Peeters opened it and welcomed the growers. She said the season had been hard.\n\nThe keynote was delivered by Prof. Amira Haddou of the Rural Soil Institute. Drawing on ten years of field trials, she argued that cover crops paid for themselves. "A bare field is a leaking bank," she said.',
    );
    expect(claimsOf(doc).filter((c) => c.includes('leaking'))).toEqual([
      'Amira Haddou: "A bare field is a leaking bank," she said.',
    ]);
  });
});
