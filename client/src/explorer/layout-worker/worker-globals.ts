/**
 * Imported first by the layout worker: cytoscape-layout-utilities' bundle names `window` as
 * its UMD root, which a worker does not have. Nothing else here.
 */
const scope = globalThis as { window?: unknown };
scope.window ??= globalThis;
export {};
