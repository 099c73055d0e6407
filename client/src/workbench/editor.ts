/**
 * The Cypher editor: CodeMirror 6 through `@neo4j-cypher/codemirror` (highlighting, lint,
 * completion of labels, relationship types, property keys and `$parameters` from the live
 * schema), with Ctrl/Cmd-Enter bound to run, and Neo4j's error position marked in the text.
 * A thin wrapper with a teardown; it knows nothing about the server.
 */
import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { setDiagnostics } from '@codemirror/lint';
import { Prec } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import type { Position, Schema } from './api';

export interface CypherEditor {
  getValue(): string;
  setValue(value: string): void;
  setSchema(schema: Schema, parameters: string[]): void;
  /** Underlines the fault at Neo4j's position and moves the cursor there. */
  markError(position: Position, message: string): void;
  clearError(): void;
  focus(): void;
  teardown(): void;
}

export function createEditor(
  parent: HTMLElement,
  options: { value: string; onRun: () => void; onChange: (value: string) => void },
): CypherEditor {
  const runKeys = Prec.highest(
    keymap.of([
      {
        key: 'Mod-Enter',
        preventDefault: true,
        run: () => {
          options.onRun();
          return true;
        },
      },
    ]),
  );
  // The package's .d.ts says it returns the EditorApi; 1.0.x actually returns { editor }.
  const created = createCypherEditor(parent, {
    value: options.value,
    lint: true,
    autocomplete: true,
    lineNumbers: true,
    lineWrapping: true,
    theme: 'light',
    placeholder: 'MATCH (p:Person)-[:SPOKE_AT]->(e:Event) RETURN p, e LIMIT 25',
    preExtensions: [runKeys],
  }) as unknown as { editor: EditorApi };
  const editor = created.editor;
  const view = editor.codemirror;
  const offChange = editor.onValueChanged((value: string) => options.onChange(value));

  return {
    getValue: () => view.state.doc.toString(),
    setValue(value) {
      editor.setValue(value);
    },
    setSchema(schema, parameters) {
      editor.setSchema({
        labels: schema.labels.map((l) => `:${l}`),
        relationshipTypes: schema.relationshipTypes.map((t) => `:${t}`),
        propertyKeys: schema.propertyKeys,
        parameters,
      });
    },
    markError(position, message) {
      const length = view.state.doc.length;
      let from = Math.min(Math.max(0, position.offset), length);
      // Mark the word at the fault (or the character before the end when it is at the end).
      const text = view.state.doc.toString();
      if (from >= length && length > 0) from = length - 1;
      let to = from;
      while (to < length && /[\w$`]/.test(text[to]!)) to += 1;
      if (to === from) to = Math.min(length, from + 1);
      view.dispatch(
        setDiagnostics(view.state, [{ from, to, severity: 'error', message, source: 'Neo4j' }]),
      );
      view.dispatch({ selection: { anchor: from }, scrollIntoView: true });
    },
    clearError() {
      view.dispatch(setDiagnostics(view.state, []));
    },
    focus: () => editor.focus(),
    teardown() {
      offChange();
      editor.destroy();
    },
  };
}
