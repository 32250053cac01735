// Ends every jest run with one plain line, `N passed, N failed`, from jest's aggregated results, so a
// run that executed no test shows as `0 passed, 0 failed` instead of passing silently.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(`\n${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}
module.exports = SummaryReporter;
