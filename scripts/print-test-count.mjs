// Runs vitest, then prints its totals as one plain closing line ("tests: N passed, N failed, N skipped") for CI
// logs. Exits non-zero when vitest did, when any test failed, or when no test ran.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const file = '.vitest-results.json';
rmSync(file, { force: true });
const run = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${file}`, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
if (!existsSync(file)) {
  console.log('tests: vitest wrote no results (it crashed before finishing)');
  process.exit(run.status || 1);
}
const r = JSON.parse(readFileSync(file, 'utf8'));
const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
process.exit(run.status || (r.numFailedTests > 0 || r.numTotalTests === 0 ? 1 : 0));
