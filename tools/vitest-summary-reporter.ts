import type { Reporter, TestModule } from 'vitest/node';

/**
 * Shared by every workspace's vitest config. Prints the plain `N passed, N failed, N skipped` line that
 * `.ci/run` sums (vitest's own summary is not
 * recognised by the CI harness). Counts individual tests, not files.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const testModule of testModules) {
      let failedInModule = 0;
      for (const testCase of testModule.children.allTests()) {
        const state = testCase.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failedInModule += 1;
        else skipped += 1;
      }
      // A suite that failed outside any test (import error, failing beforeAll) still counts as a failure.
      if (testModule.state() === 'failed' && failedInModule === 0) failedInModule = 1;
      failed += failedInModule;
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
