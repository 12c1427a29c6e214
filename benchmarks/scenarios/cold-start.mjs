// Cold start: fresh `node` processes, median of several runs, timing import of the built package, the first result,
// and the first result that needs an NLP engine (a real posting where the skill matcher consults POS).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { median, round } from '../lib/measure.mjs';
import { ROOT } from '../lib/dist.mjs';

const CHILD = fileURLToPath(new URL('../children/cold-start.mjs', import.meta.url));

/** Words that may make the skill matcher consult a tagger (shared/taxonomy-sources/ambiguous-terms.json). */
const AMBIGUOUS = [/\bGo\b/, /\bexcel\b/, /\bExcel\b/, /\bSpark\b/, /\bspark\b/, /\bR\b/, /\bHive\b/, /\bC\b/, /\bPig\b/];

/**
 * The plain posting: the first with none of the ambiguous words. The NLP candidates: postings with ambiguous words
 * first, then the rest of the corpus; the probe finds the first on which jobsift loads an engine.
 */
function pickTexts(records) {
  const hasAmbiguous = (t) => AMBIGUOUS.some((re) => re.test(t));
  const plain = records.find((r) => !hasAmbiguous(r.text)) ?? [...records].sort((a, b) => a.text.length - b.text.length)[0];
  const ordered = [...records.filter((r) => hasAmbiguous(r.text)), ...records.filter((r) => !hasAmbiguous(r.text))];
  return { plain: plain.text, plainId: plain.id, ambiguous: ordered.map((r) => r.text), ambiguousIds: ordered.map((r) => r.id) };
}

function runChild(args) {
  const t0 = performance.now();
  const res = spawnSync(process.execPath, [CHILD, ...args], { cwd: ROOT, encoding: 'utf8' });
  const wallMs = performance.now() - t0;
  if (res.status !== 0) throw new Error(`cold-start child failed: ${(res.stderr || '').trim().split('\n')[0]}`);
  return { ...JSON.parse(res.stdout.trim().split('\n').pop()), wallMs };
}

function medians(rows, keys) {
  const out = {};
  for (const k of keys) out[k] = round(median(rows.map((r) => r[k])), 1);
  return out;
}

export async function runColdStart({ distDir, corpus, quick, log }) {
  const runs = quick ? 1 : 7;
  const indexUrl = pathToFileURL(path.join(distDir, 'index.js')).href;
  const texts = pickTexts(corpus.records);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jobsift-bench-')), 'cold-start-texts.json');
  fs.writeFileSync(file, JSON.stringify(texts));
  try {
    const nodeOnly = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      spawnSync(process.execPath, ['-e', '0']);
      nodeOnly.push(performance.now() - t0);
    }
    const plainRows = Array.from({ length: runs }, () => runChild([indexUrl, 'plain', file]));
    const plain = {
      posting: texts.plainId,
      ...medians(plainRows, ['importMs', 'firstResultMs', 'wallMs', 'importCpuMs', 'firstResultCpuMs']),
      engineLoaded: plainRows.some((r) => r.engineLoaded),
      engineLoadedAtImport: plainRows.some((r) => r.engineLoadedAtImport),
    };
    log(`  import ${plain.importMs} ms (cpu ${plain.importCpuMs}), first result ${plain.firstResultMs} ms (engine loaded: ${plain.engineLoaded})`);

    // The first result that needs an engine: on the ESM build if it loads one, else on the CommonJS build.
    const cjsPath = path.join(distDir, 'index.cjs');
    const builds = [['ESM', indexUrl], ...(fs.existsSync(cjsPath) ? [['CommonJS', cjsPath]] : [])];
    let nlp = null;
    const notes = [];
    for (const [build, entry] of builds) {
      const probe = runChild([entry, 'probe', file]);
      if (probe.candidate < 0) {
        notes.push(`the ${build} build loaded no engine on any of the ${texts.ambiguousIds.length} postings`);
        continue;
      }
      const rows = Array.from({ length: runs }, () => runChild([entry, 'nlp', file, String(probe.candidate)]));
      nlp = {
        method: `${build} build: first result on a posting where jobsift loaded an engine (seen in the module cache)${notes.length ? `; ${notes.join('; ')}` : ''}`,
        build,
        posting: texts.ambiguousIds[probe.candidate],
        ...medians(rows, ['importMs', 'firstResultMs', 'wallMs', 'importCpuMs', 'firstResultCpuMs']),
        engineLoaded: rows.every((r) => r.engineLoaded),
      };
      log(`  first result needing an NLP engine: ${nlp.firstResultMs} ms (${build} build, ${nlp.posting})`);
      break;
    }
    if (!nlp) {
      const rows = Array.from({ length: runs }, () => runChild(['-', 'wink']));
      const wink = medians(rows, ['winkFirstTagMs']).winkFirstTagMs;
      nlp = {
        method: `estimate: ${notes.join('; ')}; so first result + the cost of loading wink-nlp and tagging one sentence in a fresh process`,
        winkFirstTagMs: wink,
        firstResultMs: round(plain.firstResultMs + wink, 1),
        engineLoaded: false,
      };
      log(`  no posting loaded an engine; estimate ${nlp.firstResultMs} ms (first result + wink load ${wink} ms)`);
    }
    if (notes.length) nlp.warning = notes.join('; ');
    return { runs, nodeStartupMs: round(median(nodeOnly), 1), plain, nlp };
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}
