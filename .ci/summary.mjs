// Prints the plain closing line "N passed, N failed" from vitest's JSON report,
// so the count of tests run is visible whatever reads the log.
import { readFileSync } from 'node:fs';
const r = JSON.parse(readFileSync(new URL('../.cache/vitest-results.json', import.meta.url), 'utf8'));
console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed`);
process.exit(r.numFailedTests === 0 && r.numTotalTests > 0 ? 0 : 1);
