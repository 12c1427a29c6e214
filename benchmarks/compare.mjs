#!/usr/bin/env node
// `npm run bench:compare`: runs the benchmark afresh (or reads --fresh FILE) and compares it with the saved results
// (benchmarks/results/latest.json). A metric that got more than 15% worse is flagged; jobsift's own metrics
// measured in CPU time and peak RSS (not the references', not p99, not wall-clock figures, which any other work on
// the machine moves) fail the command with exit code 1 unless --no-fail. A gated metric flagged in the fresh run is
// first measured again (--retries, default 2: only the groups that hold one are rerun) and fails only if every
// fresh run found it worse: see lib/regressions.mjs for why.
//
//   node benchmarks/compare.mjs [--baseline FILE] [--fresh FILE]... [--retries 2] [--threshold 0.15] [--dist DIR] [--no-fail]
//
// Several --fresh files are read as runs of the same code (nothing is rerun then).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compareRuns, groupsToConfirm } from './lib/regressions.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    baseline: { type: 'string', default: path.join(HERE, 'results', 'latest.json') },
    fresh: { type: 'string', multiple: true },
    retries: { type: 'string', default: '2' },
    threshold: { type: 'string', default: '0.15' },
    dist: { type: 'string' },
    'no-fail': { type: 'boolean', default: false },
  },
});
const threshold = Number(args.threshold);
if (!(threshold > 0 && threshold < 1)) throw new Error(`--threshold must be a fraction between 0 and 1, got ${args.threshold}`);
const retries = Number(args.retries);
if (!Number.isInteger(retries) || retries < 0) throw new Error(`--retries must be a whole number, got ${args.retries}`);

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'jobsift-bench-'));

/** A fresh run of the benchmark (of `groups` only, when given), in a child process, read from its JSON. */
function runFresh(groups) {
  const out = path.join(scratch, `fresh-${Date.now()}.json`);
  const runArgs = [path.join(HERE, 'run.mjs'), '--out', out, ...(args.dist ? ['--dist', args.dist] : []), ...(groups ? ['--only', groups.join(',')] : [])];
  const res = spawnSync(process.execPath, runArgs, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (res.status !== 0) throw new Error(`benchmark run failed (exit ${res.status})`);
  return JSON.parse(fs.readFileSync(out, 'utf8'));
}

const baseline = JSON.parse(fs.readFileSync(args.baseline, 'utf8'));
const freshRuns = args.fresh ? args.fresh.map((f) => JSON.parse(fs.readFileSync(f, 'utf8'))) : [runFresh(null)];
let rows = compareRuns(baseline, freshRuns, threshold);
if (!args.fresh) {
  for (let k = 0; k < retries; k++) {
    const groups = groupsToConfirm(rows);
    if (groups.length === 0) break;
    process.stderr.write(`\nconfirming: ${rows.filter((r) => r.regression).map((r) => r.name).join(', ')} -> measuring ${groups.join(', ')} again (${k + 1} of ${retries})\n`);
    freshRuns.push(runFresh(groups));
    rows = compareRuns(baseline, freshRuns, threshold);
  }
}
fs.rmSync(scratch, { recursive: true, force: true });

const warnings = [];
const mb = baseline.machine ?? {};
for (const fresh of freshRuns) {
  const mf = fresh.machine ?? {};
  for (const k of ['cpuModel', 'cores', 'node']) if (mb[k] !== mf[k]) warnings.push(`machine ${k} differs: ${mb[k]} -> ${mf[k]}`);
  if (baseline.mode !== fresh.mode) warnings.push(`mode differs: ${baseline.mode} -> ${fresh.mode} (figures are not comparable)`);
}
const missing = rows.filter((r) => r.missing && r.gated).map((r) => r.name);
if (missing.length > 0) warnings.push(`not measured by the fresh run (a scenario failed or was skipped): ${missing.join(', ')}`);

const failed = rows.filter((r) => r.regression).length;
const several = freshRuns.length > 1;
const table = rows
  .filter((r) => !r.missing)
  .map((r) => [
    r.name,
    String(r.baseline),
    String(r.fresh),
    `${r.change >= 0 ? '+' : ''}${(r.change * 100).toFixed(1)}%`,
    several ? `${r.worseIn}/${r.runs}` : '',
    r.worse ? (r.gated ? 'REGRESSION' : 'worse (not gated)') : r.worseIn > 0 && r.gated ? 'not confirmed' : '',
  ]);
const header = ['metric', 'baseline', several ? 'fresh (best)' : 'fresh', 'change', several ? 'worse in' : '', ''];
const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...table.map((r) => r[i].length), header[i].length));
const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : i < 5 ? c.padStart(widths[i]) : c)).join('  ').trimEnd();
process.stdout.write(
  [
    `baseline: ${path.relative(process.cwd(), args.baseline)} (${baseline.date}, ${baseline.mode}); fresh: ${freshRuns.map((f) => `${f.date} (${f.mode})`).join(', ')}`,
    ...[...new Set(warnings)].map((w) => `warning: ${w}`),
    '',
    line(header),
    ...table.map(line),
    '',
    failed
      ? `${failed} metric(s) more than ${threshold * 100}% worse than the baseline${several ? ' in every fresh run' : ''}`
      : `no metric more than ${threshold * 100}% worse${several ? ' in every fresh run' : ''}`,
  ].join('\n') + '\n',
);
process.exit(failed && !args['no-fail'] ? 1 : 0);
