#!/usr/bin/env node
// `npm run bench:compare`: runs the benchmark afresh (or reads --fresh FILE) and compares it with the saved results
// (benchmarks/results/machines/<cpu>-<cores>c.json, the last full run on a machine of this CPU model and core count,
// else benchmarks/results/latest.json). A metric that got more than 15% worse is flagged; jobsift's own metrics
// measured in CPU time and peak RSS (not the references', not p99, not wall-clock figures, which any other work on
// the machine moves) are gated. A gated metric flagged in the fresh run is first measured again (--retries, default
// 2: only the groups that hold one are rerun) and counts only if every fresh run found it worse: see
// lib/regressions.mjs for why.
//
//   node benchmarks/compare.mjs [--baseline FILE | --results DIR] [--fresh FILE]... [--retries 2] [--threshold 0.15] [--dist DIR] [--no-fail]
//
// Several --fresh files are read as runs of the same code (nothing is run then; one file is one run, unconfirmed).
// Exit codes: 0 nothing worse; 1 a gated metric worse in every fresh run; 2 a gated metric of the baseline that no
// fresh run measured (a scenario failed or was skipped); 3 a benchmark run failed, or a baseline or fresh file is
// unreadable or no result of run.mjs; 64 bad arguments. --no-fail turns 1 and 2 into 0.
// JOBSIFT_BENCH_RUN=FILE runs that script instead of run.mjs, with the same arguments (for tests of this command).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { compareRuns, groupsToConfirm, skippedParts } from './lib/regressions.mjs';
import { defaultBaseline, describeMachine } from './lib/machine.mjs';
import { reportFailure, scriptArgs, usageFailure } from './lib/args.mjs';
import { readResultFile } from './lib/result-file.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const USAGE = `
usage: node benchmarks/compare.mjs [--baseline FILE | --results DIR] [--fresh FILE]... [--retries N] [--threshold F]
                                   [--dist DIR] [--no-fail]

Compares a fresh benchmark run with the saved one and flags metrics more than the threshold worse.
  --baseline FILE  the saved run to compare with (default: results/machines/<cpu>-<cores>c.json of this machine's
                   CPU, else results/latest.json)
  --results DIR    where the saved runs are (default: benchmarks/results)
  --fresh FILE     a fresh result to read instead of running the benchmark (repeat it for several runs of one code)
  --retries N      how many times a flagged metric is measured again before it counts (0-99, default 2)
  --threshold F    how much worse counts, as a fraction (default 0.15)
  --dist DIR       the build folder to run (default: JOBSIFT_DIST, else dist/)
  --no-fail        exit 0 even when a metric got worse or went unmeasured
Exit codes: 0 nothing worse; 1 a gated metric worse in every fresh run; 2 a gated metric no fresh run measured;
3 a benchmark run failed, or a baseline or --fresh file is unreadable or no result; 64 bad arguments.
`;
const { values: args } = scriptArgs(USAGE, {
  baseline: { type: 'string' },
  results: { type: 'string', default: path.join(HERE, 'results') },
  fresh: { type: 'string', multiple: true },
  retries: { type: 'string', default: '2' },
  threshold: { type: 'string', default: '0.15' },
  dist: { type: 'string' },
  'no-fail': { type: 'boolean', default: false },
});
const threshold = Number(args.threshold);
if (!(threshold > 0 && threshold < 1)) usageFailure(`--threshold must be a fraction between 0 and 1, got "${args.threshold}"`);
if (!/^\d{1,2}$/.test(args.retries)) usageFailure(`--retries must be a whole number from 0 to 99, got "${args.retries}"`);
const retries = Number(args.retries);
const percent = `${Number((threshold * 100).toFixed(2))}%`;

/** A benchmark run that did not give a result. */
class BenchRunError extends Error {}

let scratch = null;

/** A fresh run of the benchmark (of `groups` only, when given), in a child process, read from its JSON. */
function runFresh(groups) {
  scratch ??= fs.mkdtempSync(path.join(os.tmpdir(), 'jobsift-bench-'));
  const out = path.join(scratch, `fresh-${Date.now()}.json`);
  const script = process.env.JOBSIFT_BENCH_RUN || path.join(HERE, 'run.mjs');
  const runArgs = [script, '--out', out, ...(args.dist ? ['--dist', args.dist] : []), ...(groups ? ['--only', groups.join(',')] : [])];
  const res = spawnSync(process.execPath, runArgs, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (res.error) throw new BenchRunError(`could not start the benchmark: ${res.error.message}`);
  if (res.status !== 0) throw new BenchRunError(`the benchmark run ${res.signal ? `was killed (${res.signal})` : `exited ${res.status}`}`);
  if (!fs.existsSync(out)) throw new BenchRunError(`the benchmark run left no result in ${out}`);
  return readResult(out, 'result of the benchmark run');
}

function readResult(file, what) {
  try {
    return readResultFile(file, what);
  } catch (err) {
    throw new BenchRunError(err.message);
  }
}

/** Runs the comparison; returns the exit code. */
function main() {
  const given = args.fresh ? args.fresh.map((f) => readResult(f, 'fresh result')) : null;
  // The saved run of the fresh run's machine (this one, when compare runs the benchmark), unless one is named.
  const baselineFile = args.baseline ?? defaultBaseline(args.results, given ? given[0]?.machine : describeMachine());
  const baseline = readResult(baselineFile, 'baseline');
  const freshRuns = given ?? [runFresh(null)];
  let rows = compareRuns(baseline, freshRuns, threshold);
  const notes = [];
  if (!args.fresh) {
    for (let k = 0; k < retries; k++) {
      const groups = groupsToConfirm(rows);
      if (groups.length === 0) break;
      const flagged = rows.filter((r) => r.regression).map((r) => r.name);
      process.stderr.write(`\nconfirming: ${flagged.join(', ')} -> measuring ${groups.join(', ')} again (${k + 1} of ${retries})\n`);
      try {
        freshRuns.push(runFresh(groups));
      } catch (err) {
        if (!(err instanceof BenchRunError)) throw err;
        throw new BenchRunError(`${err.message} while confirming ${flagged.length} metric(s) flagged by the fresh run (${flagged.join(', ')}): nothing confirmed`);
      }
      rows = compareRuns(baseline, freshRuns, threshold);
    }
  } else if (freshRuns.length === 1 && rows.some((r) => r.regression)) {
    notes.push('one fresh run given: its flags are not confirmed by another run (give more --fresh files, or let compare run the benchmark)');
  }

  const warnings = [];
  const mb = baseline.machine ?? {};
  for (const fresh of freshRuns) {
    const mf = fresh.machine ?? {};
    for (const k of ['cpuModel', 'cores', 'node']) if (mb[k] !== mf[k]) warnings.push(`machine ${k} differs: ${mb[k]} -> ${mf[k]}`);
    if (baseline.mode !== fresh.mode) warnings.push(`mode differs: ${baseline.mode} -> ${fresh.mode} (figures are not comparable)`);
  }
  const missing = rows.filter((r) => r.missing && r.gated).map((r) => r.name);
  if (missing.length > 0) {
    warnings.push(`NOT MEASURED by any fresh run (gated): ${missing.join(', ')}`);
    for (const part of new Set(freshRuns.flatMap(skippedParts))) warnings.push(`  the fresh run skipped ${part}`);
  }

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
  const every = several ? ' in every fresh run' : '';
  process.stdout.write(
    [
      `baseline: ${path.relative(process.cwd(), baselineFile)} (${baseline.date}, ${baseline.mode}); fresh: ${freshRuns.map((f) => `${f.date} (${f.mode})`).join(', ')}`,
      ...[...new Set(warnings)].map((w) => `warning: ${w}`),
      ...notes.map((n) => `note: ${n}`),
      '',
      line(header),
      ...table.map(line),
      '',
      failed ? `${failed} metric(s) more than ${percent} worse than the baseline${every}` : `no metric more than ${percent} worse${every}`,
      ...(missing.length > 0 ? [`${missing.length} gated metric(s) not measured`] : []),
    ].join('\n') + '\n',
  );
  if (args['no-fail']) return 0;
  return failed ? 1 : missing.length > 0 ? 2 : 0;
}

let code;
try {
  code = main();
} catch (err) {
  if (!(err instanceof BenchRunError)) throw err;
  reportFailure(err.message);
  code = 3;
} finally {
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
}
process.exit(code);
