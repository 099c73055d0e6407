/**
 * `npm run build:cypher-types`: writes platform/cypher/statement-types.ts from the Cypher
 * library's headers. Run it after adding a statement or changing a `// @param` line;
 * platform/cypher/statement-types.test.ts fails until you do.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadCypherLibrary } from '../platform/cypher/loader';
import { statementTypesSource } from '../platform/cypher/statement-types-source';

const file = fileURLToPath(new URL('../platform/cypher/statement-types.ts', import.meta.url));
const library = loadCypherLibrary();
await writeFile(file, await statementTypesSource(library, file));
console.log(`build:cypher-types: wrote ${file} (${library.all().length} statements)`);
