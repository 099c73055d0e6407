/** Cytoscape extensions that ship no types; each is registered with `cytoscape.use`. */
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}

/** Packs disconnected components for fcose (`packComponents`) towards an aspect ratio. */
declare module 'cytoscape-layout-utilities' {
  import type { Ext } from 'cytoscape';
  const layoutUtilities: Ext;
  export default layoutUtilities;
}

declare namespace cytoscape {
  interface Core {
    layoutUtilities(options?: { desiredAspectRatio?: number; componentSpacing?: number }): unknown;
  }
}
