#!/usr/bin/env node
// Where extraction spends its time: runs a reused extractor over the corpus under `node --cpu-prof` and prints the
// functions with the most self time (file:line function), grouped by source file too.
//
//   node benchmarks/profile.mjs [--dist DIR] [--passes 20] [--top 25] [--keep DIR]
//   node benchmarks/profile.mjs --summarize FILE.cpuprofile [--dist DIR]   (e.g. a profile of `node --cpu-prof dist/cli.js ...`)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadCorpus } from './lib/corpus.mjs';
import { missingBuild, resolveDist } from './lib/dist.mjs';
import { loadSourceMap } from './lib/sourcemap.mjs';
import { failure, scriptArgs, usageFailure } from './lib/args.mjs';

const USAGE = `
usage: node benchmarks/profile.mjs [--dist DIR] [--passes N] [--top N] [--keep DIR]
       node benchmarks/profile.mjs --summarize FILE.cpuprofile [--dist DIR] [--top N]

Profiles a reused extractor over the corpus (node --cpu-prof) and prints the functions with the most self time, by
source file and line of src/ (through the build's source maps), and by file.
  --dist DIR         the build folder to profile (default: JOBSIFT_DIST, else dist/)
  --passes N         passes over the corpus (default 20)
  --top N            functions listed (default 25)
  --keep DIR         write the .cpuprofile into DIR and keep it (default: a temporary folder, removed after)
  --summarize FILE   print the summary of a profile made elsewhere, e.g. of node --cpu-prof dist/cli.js report ...
`;
const { values: args } = scriptArgs(USAGE, {
  dist: { type: 'string' },
  passes: { type: 'string', default: '20' },
  top: { type: 'string', default: '25' },
  keep: { type: 'string' },
  child: { type: 'boolean', default: false },
  summarize: { type: 'string' },
});
for (const name of ['passes', 'top']) {
  if (!/^[1-9]\d{0,5}$/.test(args[name])) usageFailure(`--${name} must be a whole number from 1 to 999999, got "${args[name]}"`);
}
const distDir = resolveDist(args.dist);

if (args.child) {
  const mod = await import(pathToFileURL(path.join(distDir, 'index.js')).href);
  const { texts } = loadCorpus();
  const extractor = mod.createExtractor();
  for (let p = 0; p < Number(args.passes); p++) for (const t of texts) extractor.extract(t);
  process.exit(0);
}

let file = args.summarize ? path.resolve(args.summarize) : null;
let dir = null;
if (!file) {
  const missing = missingBuild(distDir);
  if (missing) failure(missing);
  dir = args.keep ? path.resolve(args.keep) : fs.mkdtempSync(path.join(os.tmpdir(), 'jobsift-prof-'));
  fs.mkdirSync(dir, { recursive: true });
  const self = fileURLToPath(import.meta.url);
  const res = spawnSync(
    process.execPath,
    ['--cpu-prof', '--cpu-prof-dir', dir, self, '--child', '--dist', distDir, '--passes', args.passes],
    { stdio: 'inherit' },
  );
  if (res.status !== 0) process.exit(res.status ?? 1);
  file = fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(dir, f)).sort().pop();
}
let profile;
try {
  profile = JSON.parse(fs.readFileSync(file, 'utf8'));
} catch (err) {
  failure(`cannot read the profile ${file}: ${err.message}`);
}
if (!Array.isArray(profile?.nodes) || !Array.isArray(profile?.samples)) failure(`${file} is no V8 CPU profile (no nodes and samples)`);

// Self time per node = its share of samples; samples are evenly spaced, so counts are proportional to time.
const counts = new Map();
for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
const total = profile.samples.length;
const byFunction = new Map();
const byFile = new Map();
// Every bundle of the build (index.js, cli.js...) maps back to src/ through its own source map.
const maps = new Map();
const originalOf = (url, line0, col0) => {
  if (!url.startsWith(pathToFileURL(distDir).href)) return null;
  if (!maps.has(url)) maps.set(url, loadSourceMap(fileURLToPath(url)));
  return maps.get(url)(line0, col0);
};
for (const node of profile.nodes) {
  const n = counts.get(node.id) ?? 0;
  if (!n) continue;
  const cf = node.callFrame;
  const mapped = cf.url ? originalOf(cf.url, cf.lineNumber, cf.columnNumber) : null;
  const where = mapped ?? (cf.url ? `${path.basename(cf.url)}:${cf.lineNumber + 1}` : '(native)');
  const key = `${cf.functionName || '(anonymous)'}  ${where}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + n);
  const fileKey = mapped ? mapped.replace(/:\d+$/, '') : cf.url ? path.basename(cf.url) : cf.functionName.startsWith('RegExp:') ? '(regexp)' : cf.functionName || '(native)';
  byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + n);
}
const pct = (n) => `${((n / total) * 100).toFixed(1).padStart(5)}%`;
const top = Number(args.top);
const lines = [`self time, ${total} samples (${path.relative(process.cwd(), file)})`, '', 'by function:'];
for (const [k, n] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`${pct(n)}  ${k}`);
lines.push('', 'by file:');
for (const [k, n] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 12)) lines.push(`${pct(n)}  ${k}`);
process.stdout.write(lines.join('\n') + '\n');
if (dir && !args.keep) fs.rmSync(dir, { recursive: true, force: true });
