#!/usr/bin/env node
// `npm run bench`: the hot extraction loop and the aggregation path of the BUILT package, side by side with the
// references, in one run. Prints a table and saves JSON under benchmarks/results/ (see benchmarks/README.md).
//
//   node benchmarks/run.mjs [--quick] [--dist DIR] [--out FILE] [--no-save] [--only throughput,cold,aggregate,cli]
//
// --dist (or JOBSIFT_DIST) points at another build folder; --quick is the CI smoke mode (50 postings, one pass,
// small N: it checks that every scenario runs, its figures mean little); a full run writes results/latest.json and
// results/machines/<cpu>-<cores>c.json (the baseline bench:compare picks on a machine of that CPU).
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT, loadIndex, missingBuild, resolveDist } from './lib/dist.mjs';
import { RESULT_FORMAT } from './lib/result-file.mjs';
import { loadCorpus } from './lib/corpus.mjs';
import { describeMachine, machineResultFile } from './lib/machine.mjs';
import { checkTargets } from './lib/targets.mjs';
import { renderTargets, renderThroughput } from './lib/table.mjs';
import { runThroughput } from './scenarios/throughput.mjs';
import { runColdStart } from './scenarios/cold-start.mjs';
import { runAggregation } from './scenarios/aggregation.mjs';
import { runCli } from './scenarios/cli.mjs';
import { GROUPS } from './lib/regressions.mjs';
import { failure, scriptArgs, usageFailure } from './lib/args.mjs';

const DEFAULT_OUT = path.join(ROOT, 'benchmarks', 'results', 'latest.json');

const USAGE = `
usage: node benchmarks/run.mjs [--quick] [--dist DIR] [--out FILE] [--no-save] [--only GROUPS]

Runs the benchmark against the built package (npm run build first) and prints its table.
  --quick         the CI smoke mode: 50 postings, one pass, small sizes (figures mean little)
  --dist DIR      the build folder to measure (default: JOBSIFT_DIST, else dist/)
  --out FILE      write the JSON result there instead of results/latest.json (a quick run writes nothing without
                  it). A full run without --only that writes results/latest.json also writes
                  results/machines/<cpu>-<cores>c.json, the baseline bench:compare uses on this CPU
  --no-save       write no JSON at all (even with --out)
  --only GROUPS   a comma-separated subset of: ${GROUPS.join(', ')}
Exit codes: 0 the run finished (a failed scenario is reported in the table), 1 no built package (a build that fails
to load throws its error), 64 bad arguments.
`;
const { values: args } = scriptArgs(USAGE, {
  quick: { type: 'boolean', default: false },
  dist: { type: 'string' },
  out: { type: 'string' },
  'no-save': { type: 'boolean', default: false },
  only: { type: 'string' },
});
const only = args.only ? args.only.split(',').map((s) => s.trim()) : GROUPS;
for (const g of only) if (!GROUPS.includes(g)) usageFailure(`--only: unknown group "${g}" (one of ${GROUPS.join(', ')})`);

const log = (line) => process.stderr.write(`${line}\n`);

/** The commit measured: JOBSIFT_COMMIT (for a build of an exported tree), else git's HEAD, else null. */
function commitMeasured() {
  if (process.env.JOBSIFT_COMMIT) return process.env.JOBSIFT_COMMIT;
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return dirty ? `${head}+uncommitted` : head;
  } catch {
    return null;
  }
}
const started = Date.now();
const distDir = resolveDist(args.dist);
// A missing build is the caller's to fix, said in one line; a build that fails to load throws its own error.
const missing = missingBuild(distDir);
if (missing) failure(missing);
const mod = await loadIndex(distDir);
const corpus = loadCorpus(args.quick ? 50 : Infinity);
const ctx = { mod, distDir, corpus, quick: args.quick, log };

const results = {
  format: RESULT_FORMAT,
  version: 1,
  mode: args.quick ? 'quick' : 'full',
  date: new Date().toISOString(),
  machine: describeMachine(),
  jobsift: { version: mod.VERSION ?? null, commit: commitMeasured(), dist: distDir.startsWith(ROOT) ? path.relative(ROOT, distDir) : distDir },
  corpus: { file: corpus.file, postings: corpus.texts.length, bytes: corpus.bytes, meanBytes: Math.round(corpus.meanBytes) },
};

const steps = [
  ['throughput', 'Extraction throughput (single thread, same process)', runThroughput, 'throughput'],
  ['cold', 'Cold start (fresh node processes, median)', runColdStart, 'coldStart'],
  ['aggregate', 'Aggregation of summaries (fresh process)', runAggregation, 'aggregation'],
  ['cli', 'CLI report end to end (fresh process)', runCli, 'cli'],
];
for (const [group, title, run, key] of steps) {
  if (!only.includes(group)) continue;
  log(`${title}:`);
  try {
    results[key] = await run(ctx);
  } catch (err) {
    results[key] = { skipped: `failed: ${err.message}` };
    log(`  FAILED: ${err.message}`);
  }
}
results.targets = checkTargets(results);
results.seconds = Math.round((Date.now() - started) / 100) / 10;

const m = results.machine;
const out = [
  '',
  `jobsift ${results.jobsift.version} ${results.jobsift.commit ?? ''} (${results.jobsift.dist}) on ${m.cpuModel}, ${m.cores} cores, Node ${m.node}; ${results.mode} run, ${results.corpus.postings} postings of ${results.corpus.file} (mean ${results.corpus.meanBytes} B)`,
];
if (m.loadAverage1m > 0.5) out.push(`warning: load average ${m.loadAverage1m} when the run started: other work shared the cores, figures are low and noisy`);
if (results.throughput?.scenarios) {
  const t = results.throughput.taxonomy;
  out.push('', renderThroughput(results.throughput), '(ratios: of the CPU-time MB/s; "MB/s cpu" divides by the CPU time of the process, which other work on the machine does not inflate)', '');
  out.push(`taxonomy: built-in ${t.builtIn.entries} entries / ${t.builtIn.forms} forms (${t.builtIn.source}); synthetic 10x ${t.synthetic10x.entries} / ${t.synthetic10x.forms}; O*NET pack ${t.onetPack.skipped ? t.onetPack.skipped : `${t.onetPack.entries} / ${t.onetPack.forms}`}`);
  const js = results.throughput.scenarios.jobsift;
  if (js?.meanSkillsPerPosting !== undefined) out.push(`jobsift found ${js.meanSkillsPerPosting} skills per posting (first 100 postings)`);
}
if (results.coldStart && !results.coldStart.skipped) {
  const c = results.coldStart;
  out.push(
    '',
    `cold start (median of ${c.runs}; node itself starts in ${c.nodeStartupMs} ms): import ${c.plain.importMs} ms (CPU ${c.plain.importCpuMs} ms), first result ${c.plain.firstResultMs} ms (CPU ${c.plain.firstResultCpuMs} ms), first result needing an NLP engine ${c.nlp.firstResultMs} ms${c.nlp.firstResultCpuMs ? ` (CPU ${c.nlp.firstResultCpuMs} ms)` : ''}`,
    `  (${c.nlp.method})`,
  );
}
if (results.aggregation) {
  const a = results.aggregation;
  out.push(
    '',
    a.skipped
      ? `aggregation: skipped (${a.skipped})`
      : `aggregation of ${a.postings} summaries with their texts: ${a.postingsPerS} postings/s (per CPU second ${a.cpuPostingsPerS}), report() ${a.reportMs} ms, peak RSS ${a.maxRssMb} MB (without texts, no dedupe: ${a.withoutText?.postingsPerS} postings/s, ${a.withoutText?.maxRssMb} MB)`,
  );
}
if (results.cli) {
  const c = results.cli;
  if (c.skipped) out.push(`CLI report: skipped (${c.skipped})`);
  else {
    for (const w of ['workers1', 'workers2']) {
      const r = c[w];
      out.push(r?.skipped ? `CLI ${w}: ${r.skipped}` : `CLI report, ${r.postings} postings, --${w.replace('workers', 'workers ')}: ${r.postingsPerS} postings/s (${r.mbPerS} MB/s; per CPU second of all threads ${r.cpuPostingsPerS}), peak RSS ${r.maxRssMb} MB`);
    }
    out.push(`  2 workers: ${c.speedup2Workers ?? '-'}x`);
    for (const s of [c.atScale, c.atScale2]) {
      if (!s) continue;
      out.push(s.skipped ? `CLI at 200,000 postings: skipped (${s.skipped})` : `CLI report, ${s.postings} postings, --workers ${s.workers}: ${s.postingsPerS} postings/s (per CPU second ${s.cpuPostingsPerS}), peak RSS ${s.maxRssMb} MB`);
    }
    if (c.speedup2WorkersAtScale) out.push(`  2 workers at 200,000 postings: ${c.speedup2WorkersAtScale}x`);
    if (c.twoProcessCeiling) out.push(`  two independent 1-worker processes on the halves: ${c.twoProcessCeiling.speedup}x (what two independent threads get from this machine)`);
  }
}
out.push('', renderTargets(results.targets), '', `(${results.seconds} s)`);
process.stdout.write(out.join('\n') + '\n');

const save = !args['no-save'] && (args.out || !args.quick);
if (save) {
  // A full run of every group into results/latest.json is also kept as its machine's own baseline (results/machines/),
  // which bench:compare prefers: a run of some groups only (--only) would leave the others unmeasured there.
  const file = path.resolve(args.out ?? DEFAULT_OUT);
  const machineBaseline = file === DEFAULT_OUT && !args.quick && !args.only;
  const files = machineBaseline ? [file, machineResultFile(path.dirname(DEFAULT_OUT), results.machine)] : [file];
  for (const f of files) {
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, JSON.stringify(results, null, 2) + '\n');
    log(`saved ${path.relative(process.cwd(), f) || f}`);
  }
}
