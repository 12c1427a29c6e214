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
const AMBIGUOUS = [/\bGo\b/, /\bexcel\b/, /\bExcel\b/, /\bSpark\b/, /\bR\b/, /\bHive\b/, /\bC\b/, /\bspark\b/, /\bPig\b/];

function pickTexts(records) {
  const hasAmbiguous = (t) => AMBIGUOUS.some((re) => re.test(t));
  const plain = records.find((r) => !hasAmbiguous(r.text)) ?? [...records].sort((a, b) => a.text.length - b.text.length)[0];
  const ambiguous = AMBIGUOUS.map((re) => records.find((r) => re.test(r.text))).filter(Boolean);
  return { plain: plain.text, plainId: plain.id, ambiguous: ambiguous.map((r) => r.text), ambiguousIds: ambiguous.map((r) => r.id) };
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
      ...medians(plainRows, ['importMs', 'firstResultMs', 'wallMs']),
      engineLoaded: plainRows.some((r) => r.engineLoaded),
      engineLoadedAtImport: plainRows.some((r) => r.engineLoadedAtImport),
    };
    log(`  import ${plain.importMs} ms, first result ${plain.firstResultMs} ms (engine loaded: ${plain.engineLoaded})`);

    const probe = runChild([indexUrl, 'probe', file]);
    let nlp;
    if (probe.candidate >= 0) {
      const rows = Array.from({ length: runs }, () => runChild([indexUrl, 'nlp', file, String(probe.candidate)]));
      nlp = {
        method: 'jobsift loaded an engine on this posting (seen in the module cache / nlpLoaded())',
        posting: texts.ambiguousIds[probe.candidate],
        ...medians(rows, ['importMs', 'firstResultMs', 'wallMs']),
        engineLoaded: rows.every((r) => r.engineLoaded),
      };
      log(`  first result needing an NLP engine: ${nlp.firstResultMs} ms (${nlp.posting})`);
    } else {
      const rows = Array.from({ length: runs }, () => runChild(['-', 'wink']));
      const wink = medians(rows, ['winkFirstTagMs']).winkFirstTagMs;
      nlp = {
        method:
          'estimate: jobsift loaded no engine on any candidate posting, so first result + the cost of loading wink-nlp and tagging one sentence in a fresh process',
        candidatesTried: texts.ambiguousIds,
        winkFirstTagMs: wink,
        firstResultMs: round(plain.firstResultMs + wink, 1),
        engineLoaded: false,
      };
      log(`  no candidate posting loaded an engine; estimate ${nlp.firstResultMs} ms (first result + wink load ${wink} ms)`);
    }
    return { runs, nodeStartupMs: round(median(nodeOnly), 1), plain, nlp };
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}
