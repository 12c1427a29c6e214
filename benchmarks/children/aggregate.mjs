// Runs in a fresh process: counts N extracted summaries (the corpus repeated, each copy with its own text so that
// dedupe keeps it) with createAggregator().addSummary, builds the report, and prints time and peak RSS.
// Usage: node aggregate.mjs <dist/index.js URL> <summaries.json> <N> <with-text: 1|0>
// Without text, the aggregator cannot dedupe, so identical summaries share one entry: the floor of its memory.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';

const [indexUrl, file, nArg, withTextArg] = process.argv.slice(2);
const withText = withTextArg !== '0';
const n = Number(nArg);
const mod = await import(indexUrl);
const base = JSON.parse(fs.readFileSync(file, 'utf8'));
const rssBeforeMb = process.memoryUsage().rss / 2 ** 20;

const acc = mod.createAggregator();
const t0 = performance.now();
const c0 = process.cpuUsage();
for (let i = 0; i < n; i++) {
  const rec = base[i % base.length];
  // A fresh object per posting, as read from JSONL; a copy's text differs so it is not a duplicate.
  const summary = JSON.parse(rec.summaryJson);
  const meta = { ...rec.meta, skills: rec.skills };
  if (withText) meta.text = i < base.length ? rec.text : `${rec.text}\n#${i}`;
  acc.addSummary(summary, meta);
}
const addMs = performance.now() - t0;
const report = acc.report();
const totalMs = performance.now() - t0;
const cpu = process.cpuUsage(c0);
process.stdout.write(
  JSON.stringify({
    postings: n,
    counted: acc.received,
    addMs,
    reportMs: totalMs - addMs,
    totalMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    rssBeforeMb,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    reportKeys: Object.keys(report ?? {}).length,
  }) + '\n',
);
