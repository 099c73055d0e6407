/**
 * The explorer's keys, outside text fields and dialogs: Ctrl/Cmd-Z undo, Ctrl/Cmd-Shift-Z and
 * Ctrl/Cmd-Y redo, Escape to end a path pick and close the context menu, `/` to search,
 * Ctrl/Cmd-A to select every node, Delete (or Backspace) to hide the selection, `?` for the
 * list of shortcuts (shortcuts.ts, which names the same keys). One
 * listener on the document, removed by the returned teardown. Not here: the search box's own
 * keys (↑ ↓ Enter Esc) or the context menu's.
 */
import { Listeners } from '../dom';

export interface KeyCommands {
  undo(): void;
  redo(): void;
  /** Escape: end a path pick, close the menu. */
  escape(): void;
  search(): void;
  selectAll(): void;
  hideSelection(): void;
  help(): void;
}

export function attachKeyboard(commands: KeyCommands): () => void {
  const listeners = new Listeners();
  listeners.on<KeyboardEvent>(document, 'keydown', (event) => {
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, .cm-editor, dialog')) return;
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (mod && key === 'z') {
      event.preventDefault();
      if (event.shiftKey) commands.redo();
      else commands.undo();
    } else if (mod && key === 'y') {
      event.preventDefault();
      commands.redo();
    } else if (mod && key === 'a') {
      event.preventDefault();
      commands.selectAll();
    } else if (!mod && (event.key === 'Delete' || event.key === 'Backspace')) {
      event.preventDefault();
      commands.hideSelection();
    } else if (event.key === '?') {
      event.preventDefault();
      commands.help();
    } else if (event.key === 'Escape') {
      commands.escape();
    } else if (event.key === '/') {
      event.preventDefault();
      commands.search();
    }
  });
  return () => listeners.dispose();
}
