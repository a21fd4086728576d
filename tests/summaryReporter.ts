// Prints one plain closing line, "Tests: N passed, N failed, N skipped", after Vitest's own report, so
// CI logs and tools that read closing lines see the counts without parsing Vitest's colours.
import type { Reporter, TestModule } from "vitest/node";

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const count = (state: "passed" | "failed" | "skipped") => testModules.reduce((sum, module) => sum + [...module.children.allTests(state)].length, 0);
    const failedModules = testModules.filter((module) => !module.ok()).length;
    const failed = count("failed") + (failedModules > 0 && count("failed") === 0 ? failedModules : 0);
    process.stdout.write(`\nTests: ${count("passed")} passed, ${failed} failed, ${count("skipped")} skipped\n`);
  }
}
