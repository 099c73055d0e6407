/**
 * Ends every test run with one plain line, `Tests: N passed, N failed, N skipped`. Vitest's own
 * summary ("Tests  426 passed (426)") is not a format that CI reads, so without this line CI
 * judges the run by its exit code alone and records it as having run no test.
 */
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

export default class SummaryLineReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
  ): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      let failedInModule = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failedInModule += 1;
        else skipped += 1;
      }
      // A file can fail with no failed test: an import error before its tests are collected, or
      // a failing beforeAll/afterAll (its tests then count as skipped). It counts as one failure.
      if (module.state() === 'failed' && failedInModule === 0) failedInModule = 1;
      failed += failedInModule;
    }
    failed += unhandledErrors.length;
    process.stdout.write(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
