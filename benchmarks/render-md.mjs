#!/usr/bin/env node
// Prints a saved result (default results/latest.json) as Markdown, for the Performance section of the READMEs.
//   node benchmarks/render-md.mjs [FILE]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { failure, scriptArgs } from './lib/args.mjs';
import { readResultFile } from './lib/result-file.mjs';

const USAGE = `
usage: node benchmarks/render-md.mjs [FILE]

Prints a saved benchmark result (default: benchmarks/results/latest.json) as Markdown tables.
`;
const { positionals } = scriptArgs(USAGE, {}, 1);
const file = positionals[0] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), 'results', 'latest.json');
let r;
try {
  r = readResultFile(file);
} catch (err) {
  failure(err.message);
}
// Every result run.mjs writes names its machine and corpus, which the header reads.
if (!r.machine || !r.corpus) failure(`the result ${file} names no machine or corpus`);
const REFS = [
  ['wink-readDoc', 'vs wink'],
  ['wink-sbd-pos', 'vs wink sbd+pos'],
  ['compromise-nlp', 'vs compromise'],
  ['naive-regex', 'vs naive regex'],
  ['combined-regex', 'vs 1 regex'],
];
const num = (v, d = 2) => (v === null || v === undefined ? '-' : Number(v).toFixed(v < 1 && d < 3 ? 3 : d));
const ratio = (x) => (x >= 100 ? `${x.toFixed(0)}x` : x >= 10 ? `${x.toFixed(1)}x` : `${x.toFixed(2)}x`);
const m = r.machine;
const lines = [
  `jobsift ${r.jobsift.version}${r.jobsift.commit ? ` (commit ${r.jobsift.commit})` : ''}, measured ${r.date.slice(0, 10)} on ${m.cpuModel}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node} (${m.platform}); ` +
    `load average ${m.loadAverage1m} at the start; ${r.corpus.postings} postings of \`${r.corpus.file}\` (mean ${r.corpus.meanBytes} B).`,
  '',
];
const s = r.throughput?.scenarios ?? {};
lines.push(`| scenario | MB/s (wall) | MB/s (CPU) | postings/s (CPU) | p50 ms | p99 ms | ${REFS.map(([, h]) => h).join(' | ')} |`);
lines.push(`| --- | ${'--- | '.repeat(5 + REFS.length).trim()}`);
for (const row of Object.values(s)) {
  if (row.skipped) {
    lines.push(`| ${row.label} | skipped: ${row.skipped} |${' |'.repeat(4 + REFS.length)}`);
    continue;
  }
  const ratios = REFS.map(([k]) => (s[k]?.cpuMbPerS ? ratio(row.cpuMbPerS / s[k].cpuMbPerS) : '-'));
  lines.push(
    `| ${row.label} | ${num(row.mbPerS)} | ${num(row.cpuMbPerS)} | ${num(row.cpuPostingsPerS, 0)} | ${num(row.p50Ms, 3)} | ${num(row.p99Ms, 3)} | ${ratios.join(' | ')} |`,
  );
}
const t = r.throughput?.taxonomy;
if (t) {
  lines.push(
    '',
    `Taxonomies: built-in ${t.builtIn.entries} entries / ${t.builtIn.forms} surface forms; synthetic 10x ${t.synthetic10x.entries} / ${t.synthetic10x.forms}; ` +
      (t.onetPack.skipped ? `O*NET pack: ${t.onetPack.skipped}.` : `with the O*NET pack ${t.onetPack.entries} / ${t.onetPack.forms}.`),
  );
}
const c = r.coldStart;
if (c?.plain) {
  lines.push(
    '',
    `| cold start (median of ${c.runs} fresh processes) | wall ms | CPU ms |`,
    '| --- | --- | --- |',
    `| \`node -e 0\` | ${c.nodeStartupMs} | |`,
    `| \`import\` of dist/index.js | ${c.plain.importMs} | ${c.plain.importCpuMs} |`,
    `| first result (from before the import) | ${c.plain.firstResultMs} | ${c.plain.firstResultCpuMs} |`,
    `| first result needing an NLP engine | ${c.nlp.firstResultMs} | ${c.nlp.firstResultCpuMs ?? ''} |`,
    '',
    `NLP engine figure: ${c.nlp.method}.`,
  );
}
const a = r.aggregation;
if (a && !a.skipped) {
  lines.push(
    '',
    `Aggregation of ${a.postings.toLocaleString('en')} extracted summaries (\`createAggregator().addSummary\`, then \`report()\`): ` +
      `${a.postingsPerS.toLocaleString('en')} postings/s wall, ${a.cpuPostingsPerS.toLocaleString('en')} per CPU second, report() ${a.reportMs} ms, peak RSS ${a.maxRssMb} MB ` +
      `(without texts, so no dedupe keys: ${a.withoutText.maxRssMb} MB).`,
  );
}
const cli = r.cli;
if (cli && !cli.skipped) {
  lines.push('', '| `jobsift report` (JSONL, distinct texts) | postings | wall s | postings/s | postings per CPU s | peak RSS MB |', '| --- | --- | --- | --- | --- | --- |');
  for (const [k, label] of [['workers1', '--workers 1'], ['workers2', '--workers 2'], ['atScale', '--workers 1, at scale'], ['atScale2', '--workers 2, at scale']]) {
    const w = cli[k];
    if (!w) continue;
    lines.push(w.skipped ? `| ${label} | skipped: ${w.skipped} | | | | |` : `| ${label} | ${w.postings.toLocaleString('en')} | ${w.seconds} | ${w.postingsPerS} | ${w.cpuPostingsPerS ?? '-'} | ${w.maxRssMb ?? '-'} |`);
  }
  lines.push('', `2 workers vs 1 (wall): ${cli.speedup2Workers ?? '-'}x at ${cli.workers1?.postings?.toLocaleString('en') ?? '-'} postings` +
    (cli.speedup2WorkersAtScale ? `, ${cli.speedup2WorkersAtScale}x at ${cli.atScale.postings.toLocaleString('en')} (faster of two runs each: ${cli.atScale.runSeconds?.join(' / ') ?? '-'} s and ${cli.atScale2.runSeconds?.join(' / ') ?? '-'} s).` : '.') +
    (cli.twoProcessCeiling ? ` Two independent \`--workers 1\` processes on half the postings each, run together, take ${cli.twoProcessCeiling.seconds} s: ${cli.twoProcessCeiling.speedup}x one, a yardstick for what any two threads get from this machine (a wall time too: it moves from run to run like the others).` : ''));
}
lines.push('', '| target (issue 6) | measured | |', '| --- | --- | --- |');
for (const x of r.targets ?? []) lines.push(`| ${x.text} | ${x.value === null ? 'n/a' : `${x.value} ${x.unit}`} | ${x.met === null ? 'n/a' : x.met ? 'met' : '**missed**'} |`);
process.stdout.write(lines.join('\n') + '\n');
