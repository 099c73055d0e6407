// The package ships its types at src/codemirror.d.ts without pointing "exports" at them.
declare module '@neo4j-cypher/codemirror' {
  export * from '@neo4j-cypher/codemirror/src/codemirror.d.ts';
}
