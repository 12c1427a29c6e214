#!/usr/bin/env node
// Checks the package as users get it, after `npm run build`: packs the tarball, lints it (publint, attw), checks it
// ships no corpus data, installs it into a scratch project and uses it from ESM, CommonJS, a TypeScript consumer
// (`tsc --noEmit`), `jobsift/schema.json`, the `jobsift` command, and a browser bundle run in headless Chromium.
// Prints one line per check and exits non-zero when any fails.
//
//   node scripts/check-package.mjs [--keep]      (--keep leaves the scratch folder for a look)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForBrowser, chromiumAvailable, CHROMIUM_PATH, summariesInChromium } from './run-in-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const keep = process.argv.includes('--keep');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'jobsift-pkgcheck-'));
const consumer = join(work, 'consumer');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

let passed = 0;
let failed = 0;
const results = {};

/** Runs one check; a thrown error (or a returned string starting with "FAIL") fails it. Later checks may still run. */
async function check(name, fn, { needs = [] } = {}) {
  const missing = needs.filter((n) => results[n] !== true);
  if (missing.length) {
    failed++;
    results[name] = false;
    console.log(`FAIL ${name}: not run, it needs ${missing.join(', ')}`);
    return;
  }
  try {
    const detail = await fn();
    passed++;
    results[name] = true;
    console.log(`ok   ${name}${detail ? ` (${detail})` : ''}`);
  } catch (e) {
    failed++;
    results[name] = false;
    const msg = String(e?.stdout || '') + String(e?.stderr || '') || e?.message || String(e);
    console.log(`FAIL ${name}: ${msg.trim().split('\n').slice(0, 40).join('\n     ')}`);
  }
}

function run(cmd, args, cwd, input) {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'], input, maxBuffer: 64 << 20 });
}

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

// A short posting whose summary a person can read off the text.
const SAMPLE = [
  'Requirements:',
  "- Bachelor's degree in Computer Science or Statistics",
  '- 3+ years of experience with Python and SQL',
  '- Excellent written and verbal communication skills',
].join('\n');
const SAMPLE_EXPECT = { minimumDegree: 'bachelor', minYears: 3, skills: ['python', 'sql'], communication: true };

const GOLD = readFileSync(join(root, 'test', 'fixtures', 'gold-dev.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .slice(0, 20)
  .map((l) => JSON.parse(l).text);

let tarball = '';
let tarFiles = [];

await check('build output present', () => {
  const need = ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts', 'browser.js', 'cli.js', 'schema.json'];
  const absent = need.filter((f) => !existsSync(join(root, 'dist', f)));
  assert(!absent.length, `dist/ lacks ${absent.join(', ')}: run \`npm run build\` first`);
  return `dist/{${need.join(',')}}`;
});

// src/pipeline/kept-shapes.ts: an empty object of each per-document class, kept in the class's static `shape` field.
// Tree-shaking dropped a first version (a module-level list nothing read) from the library bundles, silently: the
// tests run on src/, so only the bundles can show it.
const KEPT_SHAPES = ['TextBuilder', 'Segmenter', 'UnitWords', 'UnitReadings', 'TriggerScan', 'UnitClauses'];
await check('the objects kept for their hidden classes survive bundling', () => {
  for (const file of ['index.js', 'index.cjs', 'browser.js', 'cli.js']) {
    const code = readFileSync(join(root, 'dist', file), 'utf8');
    const absent = KEPT_SHAPES.filter((c) => !new RegExp(`(?:static shape = |\\b${c}\\.shape = )keepShape\\(new _?${c}\\(`).test(code));
    assert(!absent.length, `dist/${file} keeps no empty ${absent.join(', ')} (see src/pipeline/kept-shapes.ts)`);
  }
  return `${KEPT_SHAPES.length} classes in dist/{index.js,index.cjs,browser.js,cli.js}`;
}, { needs: ['build output present'] });

await check('npm pack', () => {
  const out = run('npm', ['pack', '--json', '--pack-destination', work], root);
  const [info] = JSON.parse(out.slice(out.indexOf('[')));
  tarball = join(work, info.filename);
  tarFiles = info.files.map((f) => f.path);
  return `${info.filename}, ${tarFiles.length} files, ${(info.size / 1024).toFixed(0)} kB packed, ${(info.unpackedSize / 1024).toFixed(0)} kB unpacked`;
}, { needs: ['build output present'] });

await check('tarball holds the library and no corpus data', () => {
  const forbidden = tarFiles.filter((f) => /^(?:examples|test|benchmarks|src|scripts|\.ci|node_modules)\//.test(f) || /\.(?:jsonl|tgz|csv)$/i.test(f));
  assert(!forbidden.length, `should not ship: ${forbidden.slice(0, 10).join(', ')}`);
  const required = ['package.json', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/browser.js', 'dist/schema.json', 'LICENSE', 'README.md'];
  const absent = required.filter((f) => !tarFiles.includes(f));
  assert(!absent.length, `missing from the tarball: ${absent.join(', ')}`);
  return 'no examples/, test/, *.jsonl; README and LICENSE included';
}, { needs: ['npm pack'] });

await check('publint', () => {
  const out = run(process.execPath, [join(root, 'node_modules', 'publint', 'src', 'cli.js'), 'run', tarball, '--strict'], work);
  return out.trim().split('\n').pop();
}, { needs: ['npm pack'] });

await check('attw (are the types wrong)', () => {
  // node16 profile: node10 resolution cannot see `exports` subpaths (jobsift/schema.json, packs); "." is fine there too.
  run(process.execPath, [join(root, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js'), tarball, '--format', 'ascii', '--no-color', '--profile', 'node16'], work);
  return 'every entry point: node16 CJS and ESM, bundler';
}, { needs: ['npm pack'] });

await check('installs in a scratch project', () => {
  mkdirSync(consumer, { recursive: true });
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'jobsift-consumer', private: true, type: 'module' }, null, 2));
  run('npm', ['install', tarball, '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], consumer);
  const installed = JSON.parse(readFileSync(join(consumer, 'node_modules', 'jobsift', 'package.json'), 'utf8'));
  assert(installed.version === pkg.version, `installed ${installed.version}, expected ${pkg.version}`);
  return `jobsift@${installed.version}`;
}, { needs: ['npm pack'] });

// The consumer prints the summaries of the sample and of 20 gold postings, so that ESM, CJS and browser compare.
const consumerBody = `
const sample = extractRequirements(${JSON.stringify(SAMPLE)});
RequirementsSchema.parse(sample);
let inputError = null;
try { extractRequirements(42); } catch (e) { inputError = e instanceof JobsiftInputError && e instanceof JobsiftError ? e.message : 'wrong class ' + e; }
const gold = JSON.parse(process.argv[2] ?? '[]').map((t) => createExtractor().extract(t).summary);
// The part-of-speech engine must load from this module format too (an ESM bundle once never loaded it).
const nlp = loadNlpEngines();
// The Node builds carry their own (bundled) zod: its schemas must still compose with the app's zod.
const Wrapped = z.object({ id: z.string(), requirements: RequirementsSchema });
const zodInterop = Wrapped.safeParse({ id: 'a', requirements: sample }).success
  && !Wrapped.safeParse({ id: 'a', requirements: { degrees: 1 } }).success
  && RequirementsSchema instanceof z.ZodType;
console.log(JSON.stringify({ version: VERSION, sample: sample.summary, inputError, gold, nlp, zodInterop }));
`;

function checkConsumerOutput(out) {
  const r = JSON.parse(out);
  assert(r.version === pkg.version, `VERSION ${r.version} != package.json ${pkg.version}`);
  for (const [k, v] of Object.entries(SAMPLE_EXPECT)) {
    const got = r.sample[k];
    const ok = Array.isArray(v) ? v.every((x) => got.includes(x)) : got === v;
    assert(ok, `sample posting: summary.${k} = ${JSON.stringify(got)}, expected ${Array.isArray(v) ? 'to include ' : ''}${JSON.stringify(v)}`);
  }
  assert(r.inputError && /got number 42/.test(r.inputError), `extractRequirements(42): ${r.inputError}`);
  assert(r.nlp === true, 'loadNlpEngines() is false: the wink-nlp tagger does not load from this module format');
  assert(r.zodInterop === true, "RequirementsSchema does not compose with the app's own zod (z.object / instanceof z.ZodType)");
  return r;
}

let esmResult;
await check('ESM import works', () => {
  writeFileSync(join(consumer, 'esm.mjs'), `import { extractRequirements, createExtractor, loadNlpEngines, RequirementsSchema, JobsiftError, JobsiftInputError, VERSION } from 'jobsift';\nimport * as z from 'zod';\n${consumerBody}`);
  esmResult = checkConsumerOutput(run(process.execPath, ['esm.mjs', JSON.stringify(GOLD)], consumer));
  return `summary of the sample: ${JSON.stringify(esmResult.sample)}`;
}, { needs: ['installs in a scratch project'] });

await check('CommonJS require works and agrees with ESM', () => {
  writeFileSync(join(consumer, 'cjs.cjs'), `const { extractRequirements, createExtractor, loadNlpEngines, RequirementsSchema, JobsiftError, JobsiftInputError, VERSION } = require('jobsift');\nconst z = require('zod');\n${consumerBody}`);
  const r = checkConsumerOutput(run(process.execPath, ['cjs.cjs', JSON.stringify(GOLD)], consumer));
  assert(JSON.stringify(r) === JSON.stringify(esmResult), 'CJS summaries differ from ESM summaries');
  return `${r.gold.length} gold summaries equal`;
}, { needs: ['ESM import works'] });

await check('TypeScript consumer type-checks (tsc --noEmit, nodenext and bundler)', () => {
  const use = `
import { extractRequirements, createExtractor, JobsiftInputError, RequirementsSchema, type Requirements, type RequirementSummary, type DegreeLevel, type SkillEntry, type ExtractorOptions } from 'jobsift';
const options: ExtractorOptions = { format: 'html', maxLength: 1000 };
const custom: SkillEntry = { id: 'polars', name: 'Polars', category: 'ml-library' };
const result: Requirements = createExtractor({ ...options, taxonomy: [custom] }).extract('<p>Python</p>');
const summary: RequirementSummary = extractRequirements('5+ years of SQL').summary;
const lowest: DegreeLevel | null = summary.minimumDegree;
const years: number | null = summary.minYears;
const firstSkill: string | undefined = result.skills[0]?.evidence.text;
const parsed: Requirements = RequirementsSchema.parse(result);
// The types are real, not any: each line below must be an error.
// @ts-expect-error summary has no such key
summary.salary;
// @ts-expect-error a degree level is one of five strings
const wrong: DegreeLevel = 'diploma';
// @ts-expect-error the input is a string
extractRequirements(42);
export const used = [lowest, years, firstSkill, parsed, wrong, new JobsiftInputError('x') instanceof Error];
`;
  writeFileSync(join(consumer, 'use.mts'), use);
  writeFileSync(join(consumer, 'use.cts'), use.replace(/^import (.*) from 'jobsift';$/m, "import $1 from 'jobsift';"));
  // zod's declarations name URL, which DOM (or @types/node) supplies: a web-ish consumer without @types/node.
  const base = { strict: true, noEmit: true, skipLibCheck: false, types: [], lib: ['ES2022', 'DOM'], target: 'ES2022' };
  writeFileSync(join(consumer, 'tsconfig.nodenext.json'), JSON.stringify({ compilerOptions: { ...base, module: 'nodenext', moduleResolution: 'nodenext' }, files: ['use.mts', 'use.cts'] }));
  writeFileSync(join(consumer, 'tsconfig.bundler.json'), JSON.stringify({ compilerOptions: { ...base, module: 'esnext', moduleResolution: 'bundler' }, files: ['use.mts'] }));
  run(process.execPath, [tsc, '-p', 'tsconfig.nodenext.json'], consumer);
  run(process.execPath, [tsc, '-p', 'tsconfig.bundler.json'], consumer);
  return `typescript ${JSON.parse(readFileSync(join(root, 'node_modules', 'typescript', 'package.json'), 'utf8')).version}, .mts and .cts, lib checked`;
}, { needs: ['installs in a scratch project'] });

await check('jobsift/schema.json resolves from ESM and CJS', () => {
  writeFileSync(join(consumer, 'schema.mjs'), `
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const fromEsm = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('jobsift/schema.json')), 'utf8'));
const fromCjs = createRequire(import.meta.url)('jobsift/schema.json');
console.log(JSON.stringify({ same: JSON.stringify(fromEsm) === JSON.stringify(fromCjs), id: fromEsm.$id, keys: Object.keys(fromEsm.properties ?? {}) }));
`);
  const r = JSON.parse(run(process.execPath, ['schema.mjs'], consumer));
  assert(r.same, 'ESM and CJS read different files');
  assert(String(r.id).includes(pkg.version), `$id ${r.id} does not name version ${pkg.version}`);
  for (const k of ['degrees', 'skills', 'summary', 'meta']) assert(r.keys.includes(k), `schema has no property ${k}`);
  return r.id;
}, { needs: ['installs in a scratch project'] });

if (pkg.bin) {
  await check('the jobsift command runs', () => {
    const out = run(join(consumer, 'node_modules', '.bin', 'jobsift'), ['--help'], consumer);
    assert(/jobsift/i.test(out), 'no usage text');
    return out.trim().split('\n')[0];
  }, { needs: ['installs in a scratch project'] });
}

let bundle;
await check('bundles for the browser (esbuild --platform=browser, "browser" condition)', async () => {
  bundle = await bundleForBrowser('jobsift', consumer);
  assert(!/from\s*["']node:/.test(bundle.code), 'the bundle imports a node: module');
  assert(/wink/i.test(bundle.code), 'the bundle lacks wink-nlp: the "browser" export condition was not used');
  return `${(bundle.bytes / 1e6).toFixed(2)} MB`;
}, { needs: ['installs in a scratch project'] });

if (!chromiumAvailable() && process.env.CI !== 'true') {
  console.log(`skip extractRequirements in headless Chromium: ${CHROMIUM_PATH} is missing (apt-get install -y chromium)`);
} else {
  await check('extractRequirements in headless Chromium matches Node on 20 gold postings', async () => {
    const r = await summariesInChromium(bundle.code, [SAMPLE, ...GOLD]);
    assert(!r.errors.length, r.errors.join('; '));
    assert(r.version === pkg.version, `VERSION in the browser ${r.version}`);
    const node = [esmResult.sample, ...esmResult.gold];
    const differ = node.map((s, i) => (JSON.stringify(s) === JSON.stringify(r.summaries[i]) ? -1 : i)).filter((i) => i >= 0);
    assert(!differ.length, `summaries differ for postings ${differ.join(', ')}: browser ${JSON.stringify(r.summaries[differ[0]])} vs node ${JSON.stringify(node[differ[0]])}`);
    return `${node.length} summaries equal; ${r.userAgent.match(/HeadlessChrome\/[\d.]+/)?.[0] ?? r.userAgent}`;
  }, { needs: ['bundles for the browser (esbuild --platform=browser, "browser" condition)', 'ESM import works'] });
}

if (keep) console.log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
console.log(failed ? `package checks: ${failed} of ${passed + failed} FAILED` : `package checks: all ${passed} ok`);
process.exit(failed ? 1 : 0);
