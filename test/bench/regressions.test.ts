/**
 * `bench:compare` (tracker issue 6): when a slowdown fails the command. A gated metric more than 15% worse than the
 * saved run counts only if every fresh run found it so (the best fresh value decides); noise on this machine slows
 * one run of unchanged code by 15-40% in some metric, so a single run would fail on noise. The results below are
 * made by hand, in the shape `benchmarks/run.mjs` saves: no timing is measured here.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compareRuns, groupsToConfirm, keptShare, metricsOf, type BenchResult } from '../../benchmarks/lib/regressions.mjs';
import { defaultBaseline, machineSlug } from '../../benchmarks/lib/machine.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Figures {
  mbPerS?: number;
  p50Ms?: number;
  winkMbPerS?: number;
  importCpuMs?: number;
  workers1Cpu?: number;
  atScaleCpu?: number | null;
  rssMb?: number;
}

/** A result with the given figures and the rest of a typical run's, all fields as run.mjs names them. */
function result(f: Figures = {}): BenchResult {
  const atScale = f.atScaleCpu === null ? { skipped: 'quick mode' } : { cpuPostingsPerS: f.atScaleCpu ?? 6000, postingsPerS: 6400, maxRssMb: 170 };
  return {
    format: 'jobsift-bench',
    mode: 'full',
    date: '2026-11-28T00:00:00.000Z',
    machine: { cpuModel: 'AMD EPYC', cores: 2, node: 'v20.20.2' },
    throughput: {
      scenarios: {
        jobsift: { cpuMbPerS: f.mbPerS ?? 36, mbPerS: f.mbPerS ?? 36, p50Ms: f.p50Ms ?? 0.09, p99Ms: 0.23 },
        'wink-readDoc': { cpuMbPerS: f.winkMbPerS ?? 4.4, mbPerS: f.winkMbPerS ?? 4.4, p50Ms: 0.74, p99Ms: 2.5 },
      },
    },
    coldStart: { nodeStartupMs: 55, plain: { importMs: 43, importCpuMs: f.importCpuMs ?? 52, firstResultMs: 200, firstResultCpuMs: 212 }, nlp: { firstResultMs: 250 } },
    aggregation: { cpuPostingsPerS: 34000, postingsPerS: 35000, maxRssMb: f.rssMb ?? 167 },
    cli: {
      workers1: { cpuPostingsPerS: f.workers1Cpu ?? 4000, postingsPerS: 5000, maxRssMb: 158 },
      workers2: { cpuPostingsPerS: 2700, postingsPerS: 5200, maxRssMb: 240 },
      atScale,
      speedup2Workers: 1.04,
    },
  };
}

const row = (rows: ReturnType<typeof compareRuns>, name: string) => {
  const found = rows.find((r) => r.name === name);
  if (!found) throw new Error(`no row ${name}`);
  return found;
};

describe('keptShare: the share of the baseline speed a value keeps', () => {
  it.each([
    ['higher', 40, 30, 0.75],
    ['higher', 40, 50, 1.25],
    ['lower', 0.1, 0.2, 0.5],
    ['lower', 50, 40, 1.25],
  ] as const)('%s is better: %d -> %d keeps %d', (better, baseline, value, share) => {
    expect(keptShare(better, baseline, value)).toBeCloseTo(share, 10);
  });
});

describe('compareRuns', () => {
  const baseline = result();

  it('flags a gated figure more than 15% worse in the only fresh run', () => {
    const rows = compareRuns(baseline, [result({ mbPerS: 29 })], 0.15);
    const r = row(rows, 'jobsift MB/s (cpu)');
    expect(r).toMatchObject({ fresh: 29, runs: 1, worseIn: 1, worse: true, regression: true });
    expect(r.change).toBeCloseTo(29 / 36 - 1, 10);
  });

  it('keeps a slowdown within the threshold unflagged', () => {
    const r = row(compareRuns(baseline, [result({ mbPerS: 31 })], 0.15), 'jobsift MB/s (cpu)');
    expect(r).toMatchObject({ worseIn: 0, worse: false, regression: false });
  });

  it('does not confirm a slowdown that another fresh run does not show: the best fresh value decides', () => {
    const rows = compareRuns(baseline, [result({ mbPerS: 29, importCpuMs: 79 }), result({ mbPerS: 34, importCpuMs: 50 })], 0.15);
    expect(row(rows, 'jobsift MB/s (cpu)')).toMatchObject({ fresh: 34, runs: 2, worseIn: 1, worse: false, regression: false });
    expect(row(rows, 'import CPU ms')).toMatchObject({ fresh: 50, worseIn: 1, regression: false });
    expect(rows.filter((r) => r.regression)).toEqual([]);
  });

  it('confirms a slowdown that every fresh run shows', () => {
    const rows = compareRuns(baseline, [result({ p50Ms: 0.2 }), result({ p50Ms: 0.15 }), result({ p50Ms: 0.18 })], 0.15);
    expect(row(rows, 'jobsift p50 ms')).toMatchObject({ fresh: 0.15, runs: 3, worseIn: 3, regression: true });
  });

  it('shows a reference that got slower as worse, never as a regression', () => {
    const r = row(compareRuns(baseline, [result({ winkMbPerS: 2 })], 0.15), 'wink-readDoc MB/s (cpu)');
    expect(r).toMatchObject({ gated: false, worse: true, regression: false });
  });

  it('gates peak RSS: more memory is worse', () => {
    const r = row(compareRuns(baseline, [result({ rssMb: 230 })], 0.15), 'aggregation peak RSS MB');
    expect(r).toMatchObject({ gated: true, regression: true });
  });

  it('gates the one-worker CLI rate at 200,000 postings when the run reached them, else at 20,000', () => {
    const full = compareRuns(baseline, [result({ workers1Cpu: 2500 })], 0.15);
    expect(row(full, 'CLI workers1 postings/CPU s')).toMatchObject({ gated: false, worse: true, regression: false });
    expect(row(compareRuns(baseline, [result({ atScaleCpu: 4500 })], 0.15), 'CLI atScale postings/CPU s').regression).toBe(true);
    const small = result({ atScaleCpu: null });
    expect(row(compareRuns(small, [result({ atScaleCpu: null, workers1Cpu: 2500 })], 0.15), 'CLI workers1 postings/CPU s')).toMatchObject({ gated: true, regression: true });
  });

  it('reports a baseline metric that no fresh run measured as missing, not as passed', () => {
    const fresh = result();
    delete (fresh as { aggregation?: unknown }).aggregation;
    const rows = compareRuns(baseline, [fresh], 0.15);
    expect(row(rows, 'aggregation peak RSS MB')).toMatchObject({ missing: true, fresh: null, regression: false });
    expect(rows.filter((r) => r.missing).map((r) => r.name).sort()).toEqual(['aggregation peak RSS MB', 'aggregation postings/CPU s', 'aggregation postings/s']);
  });

  it('refuses a threshold that is no fraction, and an empty list of fresh runs', () => {
    expect(() => compareRuns(baseline, [result()], 15)).toThrow(RangeError);
    expect(() => compareRuns(baseline, [result()], 0)).toThrow(RangeError);
    expect(() => compareRuns(baseline, [], 0.15)).toThrow(RangeError);
  });
});

describe('groupsToConfirm: what is measured again', () => {
  it('lists, in run order, the groups holding a gated metric flagged, and no group for references', () => {
    const rows = compareRuns(result(), [result({ importCpuMs: 80, mbPerS: 20, winkMbPerS: 1, workers1Cpu: 100 })], 0.15);
    expect(groupsToConfirm(rows)).toEqual(['throughput', 'cold']);
    expect(groupsToConfirm(compareRuns(result(), [result({ winkMbPerS: 1 })], 0.15))).toEqual([]);
  });

  it('gates exactly jobsift\'s own CPU-time figures, the cold start in CPU time, aggregation and one-worker CLI rates, and peak RSS', () => {
    const gated = metricsOf(result()).filter((m) => m.gated).map((m) => m.name);
    expect(gated.sort()).toEqual(
      [
        'jobsift MB/s (cpu)', 'jobsift p50 ms', 'import CPU ms', 'first result CPU ms', 'aggregation postings/CPU s',
        'aggregation peak RSS MB', 'CLI atScale postings/CPU s', 'CLI workers1 peak RSS MB', 'CLI workers2 peak RSS MB',
        'CLI atScale peak RSS MB',
      ].sort(),
    );
  });

  it('compares no figure of 0 or below: it is no measurement', () => {
    const rows = compareRuns(result(), [result({ p50Ms: 0 })], 0.15);
    expect(row(rows, 'jobsift p50 ms')).toMatchObject({ missing: true, regression: false });
  });

  it('every metric names a group that run.mjs --only knows', () => {
    const groups = new Set(metricsOf(result()).map((m) => m.group));
    expect([...groups].sort()).toEqual(['aggregate', 'cli', 'cold', 'throughput']);
  });
});

describe('compare.mjs with saved fresh runs (no benchmark is run)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobsift-compare-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, r: BenchResult): string => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, JSON.stringify(r));
    return file;
  };
  const compare = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, 'benchmarks', 'compare.mjs'), '--baseline', write('baseline.json', result()), ...args], { encoding: 'utf8' });

  it('exits 0 when a slowdown of one run is not seen in the other', () => {
    const res = compare('--fresh', write('slow.json', result({ mbPerS: 25 })), '--fresh', write('fast.json', result({ mbPerS: 35 })));
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/jobsift MB\/s \(cpu\).*1\/2\s+not confirmed/);
    expect(res.stdout).toContain('no metric more than 15% worse in every fresh run');
  });

  it('exits 1 when every fresh run shows it, and 0 with --no-fail', () => {
    const a = write('slow-a.json', result({ mbPerS: 25 }));
    const b = write('slow-b.json', result({ mbPerS: 28 }));
    const res = compare('--fresh', a, '--fresh', b);
    expect(res.status).toBe(1);
    expect(res.stdout).toMatch(/jobsift MB\/s \(cpu\)\s+36\s+28\s+-22\.2%\s+2\/2\s+REGRESSION/);
    expect(res.stdout).toContain('1 metric(s) more than 15% worse than the baseline in every fresh run');
    expect(compare('--fresh', a, '--fresh', b, '--no-fail').status).toBe(0);
  });

  it('exits 2 when a gated metric was not measured, naming it and the part the run skipped', () => {
    const fresh = result({ atScaleCpu: null, workers1Cpu: 1200 });
    (fresh.cli as { atScale: unknown }).atScale = { skipped: 'projected 167 s at 1200 postings per CPU second, over the 150 s budget' };
    delete (fresh as { coldStart?: unknown }).coldStart;
    const file = write('no-cold.json', fresh);
    const res = compare('--fresh', file);
    expect(res.status).toBe(2);
    expect(res.stdout).toMatch(/warning: NOT MEASURED by any fresh run \(gated\):[^\n]*import CPU ms/);
    expect(res.stdout).toMatch(/warning: NOT MEASURED[^\n]*CLI atScale postings\/CPU s/);
    expect(res.stdout).toContain('the fresh run skipped cli.atScale: projected 167 s at 1200 postings per CPU second');
    expect(compare('--fresh', file, '--no-fail').status).toBe(0);
  });

  it('notes that one --fresh file is one unconfirmed run', () => {
    const res = compare('--fresh', write('one-slow.json', result({ mbPerS: 25 })));
    expect(res.status).toBe(1);
    expect(res.stdout).toContain('note: one fresh run given');
  });

  it('refuses a bad threshold or retry count with a message and the usage exit code', () => {
    const res = compare('--fresh', write('any.json', result()), '--threshold', '15');
    expect(res.status).toBe(64);
    expect(res.stderr).toContain('--threshold must be a fraction between 0 and 1');
    expect(res.stderr).not.toMatch(/^ {2,}at /m);
    for (const retries of ['--retries=1.5', '--retries=']) {
      const bad = compare(retries);
      expect(bad.status).toBe(64);
      expect(bad.stderr).toContain('--retries must be a whole number');
    }
  });
});

describe('the saved run a fresh run is compared with', () => {
  it.each([
    [{ cpuModel: 'AMD EPYC', cores: 2 }, 'amd-epyc-2c'],
    [{ cpuModel: 'Intel(R) Xeon(R) Processor', cores: 2 }, 'intel-r-xeon-r-processor-2c'],
    [{ cpuModel: '  Apple M2 Pro ', cores: 10 }, 'apple-m2-pro-10c'],
    [{ cpuModel: '', cores: 2 }, 'unknown-2c'],
    [{}, 'unknown-unknown-cores'],
    [null, 'unknown-unknown-cores'],
  ] as const)('machine %j is filed as %s', (machine, slug) => {
    expect(machineSlug(machine)).toBe(slug);
  });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobsift-baselines-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const epyc = { cpuModel: 'AMD EPYC', cores: 2 };
  const xeon = { cpuModel: 'Intel(R) Xeon(R) Processor', cores: 2 };
  fs.mkdirSync(path.join(dir, 'machines'));
  fs.writeFileSync(path.join(dir, 'latest.json'), JSON.stringify({ ...result(), machine: { ...xeon, node: 'v20.20.2' } }));
  fs.writeFileSync(path.join(dir, 'machines', 'amd-epyc-2c.json'), JSON.stringify({ ...result({ mbPerS: 40 }), machine: { ...epyc, node: 'v20.20.2' } }));

  it('is the last run on the same CPU and core count when one is kept, else latest.json', () => {
    expect(defaultBaseline(dir, epyc)).toBe(path.join(dir, 'machines', 'amd-epyc-2c.json'));
    expect(defaultBaseline(dir, xeon)).toBe(path.join(dir, 'latest.json'));
    expect(defaultBaseline(dir, { cpuModel: 'AMD EPYC', cores: 4 })).toBe(path.join(dir, 'latest.json'));
  });

  it('compare.mjs picks it from the fresh run\'s machine, and --baseline overrides it', () => {
    const fresh = path.join(dir, 'fresh.json');
    fs.writeFileSync(fresh, JSON.stringify({ ...result({ mbPerS: 36 }), machine: { ...epyc, node: 'v20.20.2' } }));
    const run = (...extra: string[]) =>
      spawnSync(process.execPath, [path.join(ROOT, 'benchmarks', 'compare.mjs'), '--results', dir, '--fresh', fresh, ...extra], { encoding: 'utf8' });
    const own = run();
    expect(own.stdout).toMatch(/^baseline: \S*machines\/amd-epyc-2c\.json /m);
    // 40 -> 36 MB/s against the EPYC run: 10% slower, under the threshold; no warning of another machine.
    expect(own.stdout).toMatch(/jobsift MB\/s \(cpu\)\s+40\s+36\s+-10\.0%/);
    expect(own.stdout).not.toContain('machine cpuModel differs');
    const named = run('--baseline', path.join(dir, 'latest.json'));
    expect(named.stdout).toMatch(/^baseline: \S*latest\.json /m);
    expect(named.stdout).toContain('warning: machine cpuModel differs: Intel(R) Xeon(R) Processor -> AMD EPYC');
  });
});

/**
 * compare.mjs running the benchmark itself: JOBSIFT_BENCH_RUN puts a stand-in for run.mjs in its place, which hands
 * out prepared results in turn (or fails) and notes the arguments of each call.
 */
describe('compare.mjs confirming a flagged slowdown (a stand-in benchmark)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobsift-confirm-'));
  const tmp = path.join(dir, 'tmp');
  fs.mkdirSync(tmp);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const stand = path.join(dir, 'stand-in-run.mjs');
  fs.writeFileSync(
    stand,
    `import fs from 'node:fs';
const [queue, log] = [process.env.FAKE_QUEUE, process.env.FAKE_LOG];
const calls = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\\n').filter(Boolean).length : 0;
fs.appendFileSync(log, JSON.stringify(process.argv.slice(2)) + '\\n');
const next = JSON.parse(fs.readFileSync(queue, 'utf8'))[calls];
if (next === 'fail' || next === undefined) process.exit(7);
if (next === 'no-file') process.exit(0);
fs.writeFileSync(process.argv[process.argv.indexOf('--out') + 1], next === 'other-json' ? '{"rows":[]}' : JSON.stringify(next));
`,
  );
  let n = 0;
  const run = (queue: (BenchResult | 'fail' | 'no-file' | 'other-json')[], ...extra: string[]) => {
    n++;
    const queueFile = path.join(dir, `queue-${n}.json`);
    const log = path.join(dir, `log-${n}.txt`);
    fs.writeFileSync(queueFile, JSON.stringify(queue));
    const baselineFile = path.join(dir, 'baseline.json');
    fs.writeFileSync(baselineFile, JSON.stringify(result()));
    const res = spawnSync(process.execPath, [path.join(ROOT, 'benchmarks', 'compare.mjs'), '--baseline', baselineFile, ...extra], {
      encoding: 'utf8',
      env: { ...process.env, JOBSIFT_BENCH_RUN: stand, FAKE_QUEUE: queueFile, FAKE_LOG: log, TMPDIR: tmp },
    });
    const calls = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as string[]) : [];
    const only = calls.map((c) => (c.includes('--only') ? c[c.indexOf('--only') + 1] : 'all'));
    return { res, only };
  };

  it('measures the flagged group again and passes when the second run is not slow', () => {
    const { res, only } = run([result({ mbPerS: 25 }), result({ mbPerS: 35 })]);
    expect(only).toEqual(['all', 'throughput']);
    expect(res.status).toBe(0);
    expect(res.stderr).toContain('confirming: jobsift MB/s (cpu)');
    expect(res.stdout).toMatch(/jobsift MB\/s \(cpu\).*1\/2\s+not confirmed/);
  });

  it('fails after every allowed run found it worse, rerunning only the groups that hold a flagged metric', () => {
    const slow = result({ mbPerS: 25, importCpuMs: 80 });
    const { res, only } = run([slow, slow, slow, slow]);
    expect(only).toEqual(['all', 'throughput,cold', 'throughput,cold']);
    expect(res.status).toBe(1);
    expect(res.stdout).toMatch(/import CPU ms.*3\/3\s+REGRESSION/);
  });

  it('stops confirming once nothing is flagged, and honours --retries', () => {
    expect(run([result({ importCpuMs: 80 }), result(), result()]).only).toEqual(['all', 'cold']);
    const once = run([result({ mbPerS: 25 }), result({ mbPerS: 25 })], '--retries', '0');
    expect(once.only).toEqual(['all']);
    expect(once.res.status).toBe(1);
  });

  it('exits 3 with a message when a run fails, and leaves no scratch files', () => {
    const first = run(['fail']);
    expect(first.res.status).toBe(3);
    expect(first.res.stderr).toContain('benchmarks/compare.mjs: the benchmark run exited 7');
    const retry = run([result({ mbPerS: 25 }), 'fail'], '--no-fail');
    expect(retry.res.status).toBe(3);
    expect(retry.res.stderr).toMatch(/exited 7 while confirming 1 metric\(s\) flagged by the fresh run \(jobsift MB\/s \(cpu\)\): nothing confirmed/);
    expect(fs.readdirSync(tmp).filter((f) => f.startsWith('jobsift-bench-'))).toEqual([]);
  });

  it('exits 3 when a run exits 0 but leaves no result, or JSON that is no result of run.mjs', () => {
    const none = run(['no-file']);
    expect(none.res.status).toBe(3);
    expect(none.res.stderr).toMatch(/^benchmarks\/compare\.mjs: the benchmark run left no result in \S+fresh-\d+\.json\n$/);
    const other = run(['other-json']);
    expect(other.res.status).toBe(3);
    expect(other.res.stderr).toMatch(/^benchmarks\/compare\.mjs: the result of the benchmark run \S+ is no result of benchmarks\/run\.mjs/);
    expect(other.res.stdout).not.toContain('no metric');
  });
});
