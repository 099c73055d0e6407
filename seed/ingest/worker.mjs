// Starts the TypeScript ingest worker: worker threads do not inherit the server's tsx loader
// on Node 20, so register it here, then load the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
