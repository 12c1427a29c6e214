// One measuring loop for every throughput scenario, so that jobsift and the references are timed the same way:
// whole passes over the same postings, each posting timed on its own (for p50/p99), after a warm-up.
import { performance } from 'node:perf_hooks';

let sink = 0;
/** Keeps results alive so the JIT cannot drop the work that produced them. */
function consume(value) {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return value | 0;
  if (typeof value === 'object') return 1;
  return String(value).length;
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx];
}

/**
 * Runs `fn` over every text, pass after pass, until `timeBudgetMs` is spent and at least `minPasses` are done
 * (never more than `maxPasses`). Returns MB/s (UTF-8 bytes, 1 MB = 1e6 B), postings/s and per-posting latency.
 */
export function measureCorpus(fn, texts, bytes, { warmupPostings, minPasses, maxPasses, timeBudgetMs }) {
  for (let i = 0; i < warmupPostings; i++) sink ^= consume(fn(texts[i % texts.length]));
  const samples = new Float64Array(texts.length * maxPasses);
  const passMs = [];
  const passCpuMs = [];
  let n = 0;
  const started = performance.now();
  for (let pass = 0; pass < maxPasses; pass++) {
    const passStart = performance.now();
    const cpuStart = process.cpuUsage();
    for (let i = 0; i < texts.length; i++) {
      const t0 = performance.now();
      sink ^= consume(fn(texts[i]));
      samples[n++] = performance.now() - t0;
    }
    const cpu = process.cpuUsage(cpuStart);
    passMs.push(performance.now() - passStart);
    passCpuMs.push((cpu.user + cpu.system) / 1000);
    if (pass + 1 >= minPasses && performance.now() - started >= timeBudgetMs) break;
  }
  const sorted = samples.subarray(0, n).sort();
  const totalMs = passMs.reduce((a, b) => a + b, 0);
  const totalCpuMs = passCpuMs.reduce((a, b) => a + b, 0);
  const passes = passMs.length;
  const passMbPerS = passMs.map((ms) => bytes / 1e6 / (ms / 1000));
  return {
    passes,
    postings: texts.length,
    totalMs: round(totalMs, 1),
    totalCpuMs: round(totalCpuMs, 1),
    // The same work over this process's CPU time (all its threads): close to the wall figure on an idle machine,
    // and still meaningful when other work shares the cores.
    cpuMbPerS: round((bytes * passes) / 1e6 / (totalCpuMs / 1000), 3),
    cpuPostingsPerS: round((texts.length * passes) / (totalCpuMs / 1000), 1),
    mbPerS: round((bytes * passes) / 1e6 / (totalMs / 1000), 3),
    postingsPerS: round((texts.length * passes) / (totalMs / 1000), 1),
    p50Ms: round(percentile(sorted, 50), 4),
    p99Ms: round(percentile(sorted, 99), 4),
    maxMs: round(sorted[n - 1] ?? NaN, 3),
    passMbPerS: { min: round(Math.min(...passMbPerS), 3), max: round(Math.max(...passMbPerS), 3) },
    sink: sink & 1,
  };
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function round(x, digits) {
  if (!Number.isFinite(x)) return null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
