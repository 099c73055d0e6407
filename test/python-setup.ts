/**
 * Global set-up of the `integration` project: makes sure the pinned Python tools its tests
 * read with (schemathesis, networkx) are installed in `.scratch/venv-test`, so `npm test` needs
 * no step of its own beyond the README's prerequisites. The `unit` and `browser` projects do
 * not use it. See support/python-tools.ts.
 */
import { ensurePythonTools } from './support/python-tools';

export default async function setup(): Promise<void> {
  await ensurePythonTools();
}
