/**
 * Vitest configuration: one embedded Neo4j per test run (test/global-setup.ts), shared by all
 * test files through `inject('neo4j')`. Files run one at a time because they share that
 * database and the machine has two cores.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'model/**/*.test.ts',
      'platform/**/*.test.ts',
      'server/**/*.test.ts',
      'seed/**/*.test.ts',
      'client/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', './test/support/summary-line-reporter.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
