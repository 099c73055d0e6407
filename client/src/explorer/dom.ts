/**
 * The DOM helpers are client/src/dom.ts; this re-export stays only until the explorer modules
 * being split out of index.ts import that module directly.
 */
export { Listeners, debounce, el } from '../dom';
