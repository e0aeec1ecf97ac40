// Adds up jest's totals from every run (the host's, the kernel lane's) into the plain closing line
// CI reads. A run whose results are missing counts as a failure, and nothing run at all fails.
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
let total = 0;
for (const file of process.argv.slice(2)) {
  try {
    const results = JSON.parse(readFileSync(file, 'utf8'));
    const runFailed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    console.log(`${file}: ${results.numPassedTests} tests passed, ${runFailed} failed, ${results.numPendingTests} skipped`);
    passed += results.numPassedTests;
    failed += runFailed;
    skipped += results.numPendingTests;
    total += results.numTotalTests;
  } catch (error) {
    console.log(`${file}: no test results (${error.message})`);
    failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(total > 0 && failed === 0 ? 0 : 1);
