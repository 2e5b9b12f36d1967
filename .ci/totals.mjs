// Sums vitest JSON reports into the one closing line CI reads: "N passed, N failed".
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let ran = 0;
for (const file of process.argv.slice(2)) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // a file that failed to load or whose hooks threw has no failed test of its own: count it
    for (const suite of report.testResults ?? []) {
      const failedTests = (suite.assertionResults ?? []).filter((t) => t.status === 'failed').length;
      if (suite.status === 'failed' && failedTests === 0) failed++;
    }
    ran++;
  } catch {
    failed++;
    console.error(`no readable report: ${file}`);
  }
}
if (ran === 0) failed++;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
