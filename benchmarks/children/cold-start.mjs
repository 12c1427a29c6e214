// Runs in a fresh process: times `import` of the built package and the first result, from the moment before the
// import. Usage: node cold-start.mjs <dist/index.js URL> <mode: plain|nlp|probe|wink> [text-file] [candidate]
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const [indexUrl, mode, textFile, candidateArg] = process.argv.slice(2);
const require = createRequire(import.meta.url);

/** True when jobsift (or anything) has loaded an NLP engine: it goes through Node's CommonJS cache. */
function engineLoaded(mod) {
  if (typeof mod?.nlpLoaded === 'function' && mod.nlpLoaded()) return true;
  return Object.keys(require.cache).some((k) => /[\\/](?:wink-nlp|compromise)[\\/]/.test(k));
}

const out = {};
if (mode === 'wink') {
  // Cost of the engine alone, for when jobsift never loads it: load wink-nlp + model, tag one sentence.
  const t0 = performance.now();
  const winkNlp = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const nlp = winkNlp(model);
  nlp.readDoc('Experience with Python, Go and SQL is required.').tokens().out(nlp.its.pos);
  out.winkFirstTagMs = performance.now() - t0;
} else {
  const texts = JSON.parse(fs.readFileSync(textFile, 'utf8'));
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const cpuMs = () => {
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  };
  // The CommonJS build is loaded with require, as a CommonJS user would.
  const mod = indexUrl.endsWith('.cjs') ? require(indexUrl) : await import(indexUrl);
  out.importMs = performance.now() - t0;
  out.importCpuMs = cpuMs();
  out.engineLoadedAtImport = engineLoaded(mod);
  if (mode === 'plain') {
    mod.extractRequirements(texts.plain);
    out.firstResultMs = performance.now() - t0;
    out.firstResultCpuMs = cpuMs();
    out.engineLoaded = engineLoaded(mod);
  } else if (mode === 'probe') {
    out.candidate = -1;
    for (let i = 0; i < texts.ambiguous.length; i++) {
      mod.extractRequirements(texts.ambiguous[i]);
      if (engineLoaded(mod)) {
        out.candidate = i;
        break;
      }
    }
  } else {
    mod.extractRequirements(texts.ambiguous[Number(candidateArg)]);
    out.firstResultMs = performance.now() - t0;
    out.firstResultCpuMs = cpuMs();
    out.engineLoaded = engineLoaded(mod);
  }
}
process.stdout.write(JSON.stringify(out) + '\n');
