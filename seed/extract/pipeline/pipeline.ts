/**
 * Composes extraction components into a pipeline, the way spaCy composes its pipes: each
 * component names the layers it needs and the layers it provides; building the pipeline
 * checks that every need is met by the document's base layers or an earlier component and
 * that no layer has two providers, and fails with one message naming the component and the
 * layer otherwise. Running it gives each component write access to its own layers only.
 */
import { ArticleDocument, BASE_LAYERS } from './document';

export interface Component {
  name: string;
  needs: readonly string[];
  provides: readonly string[];
  run(doc: ArticleDocument): void;
}

export class PipelineError extends Error {
  override readonly name = 'PipelineError';
}

export interface Pipeline {
  readonly components: readonly Component[];
  run(doc: ArticleDocument): ArticleDocument;
}

export function buildPipeline(components: Component[]): Pipeline {
  const available = new Map<string, string>(BASE_LAYERS.map((layer) => [layer, 'the document']));
  const names = new Set<string>();
  for (const component of components) {
    if (names.has(component.name))
      throw new PipelineError(`pipeline: component "${component.name}" is listed twice`);
    names.add(component.name);
    for (const need of component.needs)
      if (!available.has(need))
        throw new PipelineError(
          `pipeline: component "${component.name}" needs layer "${need}", which no earlier component provides (available: ${[...available.keys()].join(', ')})`,
        );
    for (const layer of component.provides) {
      const owner = available.get(layer);
      if (owner)
        throw new PipelineError(
          `pipeline: component "${component.name}" provides layer "${layer}", already provided by ${owner}`,
        );
      available.set(layer, `component "${component.name}"`);
    }
  }
  return {
    components,
    run(doc) {
      for (const component of components) {
        doc.open(component.name, component.provides);
        component.run(doc);
      }
      doc.open('', []);
      return doc;
    },
  };
}
