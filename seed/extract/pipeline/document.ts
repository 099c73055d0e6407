/**
 * The annotated article document every extraction component reads and writes: the article's
 * text, built once into sentences (photo captions left out), paragraphs and quotation regions, the article's people (an
 * append-only registry that resolves surnames and titles), and layers of spans
 * `{layer, start, end, label, attrs, rule, score}` that components add. A component may add
 * spans only to the layers it declares it provides (the pipeline enforces this while it runs
 * the component), so no component changes another's layer. It holds no extraction logic.
 */
import { isCaption } from '../captions';
import { ArticlePeople } from '../people';
import {
  paragraphsOf,
  quotedRegions,
  splitSentences,
  type Region,
  type Sentence,
} from '../sentences';
import type { Article } from '../split';

export interface Span<A = unknown> {
  layer: string;
  start: number;
  end: number;
  /** What the span is: a role, a kind, a person's name. */
  label: string;
  /** Typed details the providing component attaches (a person, a claim, an event). */
  attrs: A;
  /** The rule that found it, for measured confidence and for the review queue. */
  rule: string;
  /** Confidence in [0, 1]. */
  score: number;
}

/** Layers the document has from the start, before any component runs. */
export const BASE_LAYERS = ['sentence', 'paragraph', 'quote'] as const;

export class LayerError extends Error {
  override readonly name = 'LayerError';
}

export class ArticleDocument {
  readonly text: string;
  /** The report's sentences, which components read: photo captions are left out. */
  readonly sentences: Sentence[];
  /** Every sentence, captions included, for evidence that quotes a mention in one. */
  readonly allSentences: Sentence[];
  readonly quotes: Region[];
  readonly people = new ArticlePeople();
  private readonly layers = new Map<string, Span[]>();
  private writable: ReadonlySet<string> = new Set();
  private writer = '';

  constructor(
    readonly article: Article,
    /** The year most dates of the source file fall in, for dates printed without one. */
    readonly fileYear?: number,
  ) {
    this.text = article.text;
    // A photo caption is no report of the event: its "speaks" and its date belong to a picture.
    const paragraphs = paragraphsOf(this.text);
    const captions = new Set(
      paragraphs.flatMap((p, i) => (isCaption(this.text.slice(p.start, p.end)) ? [i] : [])),
    );
    this.allSentences = splitSentences(this.text);
    this.sentences = this.allSentences.filter((s) => !captions.has(s.paragraph));
    this.quotes = quotedRegions(this.text);
    const base = (layer: string, spans: { start: number; end: number }[]): Span[] =>
      spans.map((s, i) => ({
        layer,
        start: s.start,
        end: s.end,
        label: String(i),
        attrs: s,
        rule: 'base',
        score: 1,
      }));
    this.layers.set('sentence', base('sentence', this.sentences));
    this.layers.set('paragraph', base('paragraph', paragraphs));
    this.layers.set('quote', base('quote', this.quotes));
  }

  /** The pipeline opens the layers a component provides, and only those, while it runs. */
  open(component: string, layers: readonly string[]): void {
    this.writer = component;
    this.writable = new Set(layers);
    for (const layer of layers) if (!this.layers.has(layer)) this.layers.set(layer, []);
  }

  add<A>(layer: string, span: Omit<Span<A>, 'layer'>): void {
    if (!this.writable.has(layer))
      throw new LayerError(
        `${this.writer || 'outside the pipeline'}: cannot add to layer "${layer}" (it provides: ${[...this.writable].join(', ') || 'nothing'})`,
      );
    (this.layers.get(layer) as Span[]).push({ layer, ...span });
  }

  /** A layer's spans, in the order they were added. */
  layer<A = unknown>(name: string): readonly Span<A>[] {
    const spans = this.layers.get(name);
    if (!spans)
      throw new LayerError(`no layer "${name}" (have: ${[...this.layers.keys()].join(', ')})`);
    return spans as Span<A>[];
  }

  /** The attrs of a layer's spans: the typed findings of the component that provides it. */
  values<A>(name: string): A[] {
    return this.layer<A>(name).map((s) => s.attrs);
  }
}
