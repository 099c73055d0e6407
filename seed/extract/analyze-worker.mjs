// Starts the TypeScript worker of parallel-analyze.ts: workers do not inherit the CLI's tsx
// loader on Node 20, so register it here, then load the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./analyze-worker.ts');
