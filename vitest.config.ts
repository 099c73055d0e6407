/**
 * Vitest configuration: three test projects in one run.
 *
 * - `unit`: the tests beside the code that need no database, files in parallel, no global
 *   set-up (`npm run test:unit`).
 * - `integration`: `test/**` (browser tests aside) on one embedded Neo4j started by
 *   test/global-setup.ts, files one at a time because they share that database; its set-up
 *   also installs the Python tools some of them read with (test/python-setup.ts).
 * - `browser`: `test/browser/**`, Chromium through playwright-core, on the same Neo4j.
 *
 * A plain `vitest run` (`npm test`) runs all three and starts Neo4j once: the set-up keeps the
 * database it started for whichever project asks next (see test/global-setup.ts). Vitest runs
 * the root config's globalSetup on every run, so it stays on the projects, where it runs only
 * when that project has a file to run. The summary line for CI comes from the root reporters,
 * once for the whole run. Projects do not inherit from the root config, hence `shared`.
 */
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * Co-located tests that run in `integration`, not in `unit`: none needs Neo4j today; this one
 * starts worker threads that each load the whole NLP stack (about 20 s a test on two cores),
 * which would take most of the unit run's minute and its cores.
 */
const COLOCATED_SERIAL = ['seed/extract/parallel-analyze.test.ts'];

const shared = {
  testTimeout: 60_000,
  hookTimeout: 180_000,
} satisfies TestProjectInlineConfiguration['test'];

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-line-reporter.ts'],
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          isolate: false,
          include: [
            'model/**/*.test.ts',
            'api/**/*.test.ts',
            'platform/**/*.test.ts',
            'server/**/*.test.ts',
            'seed/**/*.test.ts',
            'client/**/*.test.ts',
          ],
          exclude: ['**/node_modules/**', ...COLOCATED_SERIAL],
        },
      },
      {
        test: {
          ...shared,
          name: 'integration',
          include: ['test/**/*.test.ts', ...COLOCATED_SERIAL],
          exclude: ['**/node_modules/**', 'test/browser/**'],
          globalSetup: ['test/python-setup.ts', 'test/global-setup.ts'],
          fileParallelism: false,
        },
      },
      {
        test: {
          ...shared,
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
