/** `npm run build:db`: builds the embedded Neo4j launcher in db/ if it is missing or stale. */
import { ensureLauncherBuilt } from '../platform/neo4j/launcher-build';
import { StartupError } from '../platform/startup-error';

ensureLauncherBuilt().catch((error: unknown) => {
  console.error(`error: ${error instanceof StartupError ? error.message : String(error)}`);
  process.exit(1);
});
