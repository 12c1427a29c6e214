#!/usr/bin/env node
// `npm run bench:compare`: runs the benchmark afresh (or reads --fresh FILE) and compares it with the saved results
// (benchmarks/results/latest.json). A metric that got more than 15% worse is flagged; jobsift's own metrics
// measured in CPU time (not the references', not p99, not wall-clock figures, which any other work on the machine
// moves) fail the command with exit code 1 unless --no-fail.
//
//   node benchmarks/compare.mjs [--baseline FILE] [--fresh FILE] [--threshold 0.15] [--dist DIR] [--no-fail]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    baseline: { type: 'string', default: path.join(HERE, 'results', 'latest.json') },
    fresh: { type: 'string' },
    threshold: { type: 'string', default: '0.15' },
    dist: { type: 'string' },
    'no-fail': { type: 'boolean', default: false },
  },
});
const threshold = Number(args.threshold);

function freshResults() {
  if (args.fresh) return JSON.parse(fs.readFileSync(args.fresh, 'utf8'));
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jobsift-bench-')), 'fresh.json');
  const runArgs = [path.join(HERE, 'run.mjs'), '--out', out, ...(args.dist ? ['--dist', args.dist] : [])];
  const res = spawnSync(process.execPath, runArgs, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (res.status !== 0) throw new Error(`benchmark run failed (exit ${res.status})`);
  return JSON.parse(fs.readFileSync(out, 'utf8'));
}

/** Every compared metric: [name, value, better ('higher'|'lower'), gated]. */
function metrics(r) {
  const rows = [];
  const add = (name, value, better, gated) => {
    if (typeof value === 'number' && Number.isFinite(value)) rows.push({ name, value, better, gated });
  };
  for (const [key, s] of Object.entries(r.throughput?.scenarios ?? {})) {
    const own = key.startsWith('jobsift');
    add(`${key} MB/s (cpu)`, s.cpuMbPerS, 'higher', own);
    add(`${key} MB/s (wall)`, s.mbPerS, 'higher', false);
    add(`${key} p50 ms`, s.p50Ms, 'lower', own);
    add(`${key} p99 ms`, s.p99Ms, 'lower', false);
  }
  const c = r.coldStart;
  add('import CPU ms', c?.plain?.importCpuMs, 'lower', true);
  add('import ms', c?.plain?.importMs, 'lower', false);
  add('first result CPU ms', c?.plain?.firstResultCpuMs, 'lower', true);
  add('first NLP result ms', c?.nlp?.firstResultMs, 'lower', false);
  add('aggregation postings/CPU s', r.aggregation?.cpuPostingsPerS, 'higher', true);
  add('aggregation postings/s', r.aggregation?.postingsPerS, 'higher', false);
  add('aggregation peak RSS MB', r.aggregation?.maxRssMb, 'lower', true);
  for (const w of ['workers1', 'workers2', 'atScale', 'atScale2']) {
    add(`CLI ${w} postings/CPU s`, r.cli?.[w]?.cpuPostingsPerS, 'higher', w !== 'workers2' && w !== 'atScale2');
    add(`CLI ${w} postings/s`, r.cli?.[w]?.postingsPerS, 'higher', false);
    add(`CLI ${w} peak RSS MB`, r.cli?.[w]?.maxRssMb, 'lower', true);
  }
  add('CLI 2-worker speed-up', r.cli?.speedup2Workers, 'higher', false);
  add('CLI 2-worker speed-up at scale', r.cli?.speedup2WorkersAtScale, 'higher', false);
  add('two independent processes (ceiling)', r.cli?.twoProcessCeiling?.speedup, 'higher', false);
  return rows;
}

const baseline = JSON.parse(fs.readFileSync(args.baseline, 'utf8'));
const fresh = freshResults();

const warnings = [];
const mb = baseline.machine ?? {};
const mf = fresh.machine ?? {};
for (const k of ['cpuModel', 'cores', 'node']) if (mb[k] !== mf[k]) warnings.push(`machine ${k} differs: ${mb[k]} -> ${mf[k]}`);
if (baseline.mode !== fresh.mode) warnings.push(`mode differs: ${baseline.mode} -> ${fresh.mode} (figures are not comparable)`);

const before = new Map(metrics(baseline).map((m) => [m.name, m]));
const rows = [];
let failed = 0;
for (const m of metrics(fresh)) {
  const b = before.get(m.name);
  if (!b) continue;
  // Slowdown as a fraction of speed lost: for times, old/new; for rates, new/old.
  const kept = m.better === 'higher' ? m.value / b.value : b.value / m.value;
  const worse = kept < 1 - threshold;
  if (worse && m.gated) failed++;
  const change = ((m.value - b.value) / b.value) * 100;
  rows.push([m.name, String(b.value), String(m.value), `${change >= 0 ? '+' : ''}${change.toFixed(1)}%`, worse ? (m.gated ? 'REGRESSION' : 'worse (not gated)') : '']);
}

const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), 6));
const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : i < 4 ? c.padStart(widths[i]) : c)).join('  ');
process.stdout.write(
  [
    `baseline: ${path.relative(process.cwd(), args.baseline)} (${baseline.date}, ${baseline.mode}); fresh: ${fresh.date} (${fresh.mode})`,
    ...warnings.map((w) => `warning: ${w}`),
    '',
    line(['metric', 'baseline', 'fresh', 'change', '']),
    ...rows.map(line),
    '',
    failed ? `${failed} metric(s) more than ${threshold * 100}% worse than the baseline` : `no metric more than ${threshold * 100}% worse`,
  ].join('\n') + '\n',
);
process.exit(failed && !args['no-fail'] ? 1 : 0);
