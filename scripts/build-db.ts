/** `npm run build:db`: builds the embedded Neo4j launcher in db/ if it is missing or stale. */
import { ensureLauncherBuilt } from '../server/neo4j/launcher-build';
import { StartupError } from '../server/startup-error';

ensureLauncherBuilt().catch((error: unknown) => {
  console.error(`error: ${error instanceof StartupError ? error.message : String(error)}`);
  process.exit(1);
});
