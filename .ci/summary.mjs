// Prints jest's totals as the plain closing line CI reads; fails when nothing ran.
import { readFileSync } from 'node:fs';

let results;
try {
  results = JSON.parse(readFileSync(process.argv[2], 'utf8'));
} catch (error) {
  console.log(`no test results (${error.message})`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
console.log(`${results.numPassedTests} passed, ${failed} failed`);
process.exit(results.numTotalTests > 0 && failed === 0 ? 0 : 1);
