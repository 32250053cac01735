// Ends every jest run with one plain line, `N passed, N failed`, from jest's aggregated results, so a
// run that executed no test shows as `0 passed, 0 failed` instead of passing silently. Written at
// exit so that it comes after jest's own summary (stdout is synchronous for files and pipes).
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`;
    process.once('exit', () => process.stdout.write(`${line}\n`));
  }
}
module.exports = SummaryReporter;
