// Extraction throughput: jobsift through a reused extractor (built-in and 10x taxonomies) side by side with the
// references, all over the same postings in the same process.
import { measureCorpus } from '../lib/measure.mjs';
import { compromiseNlp, combinedRegex, naiveRegexLoop, winkReadDoc, winkSentencesAndTags } from '../lib/references.mjs';
import { findDefaultTaxonomy, surfaceForms, syntheticExtraSkills } from '../lib/taxonomy.mjs';
import { loadOnetPack } from '../lib/dist.mjs';
import { collectGarbage } from '../lib/gc.mjs';

const FULL = { warmupPostings: 6000, minPasses: 2, maxPasses: 60, timeBudgetMs: 4000 };
// (ten passes of warm-up, ~6 s for wink-nlp: a fresh process reads the corpus at 2.5 / 9.2 / 9.4 / 14.9 / 15.7 /
// 17.8 MB/s in its first six passes of jobsift, then ~35-39 from the seventh; after the five passes this warm-up
// used to be, the first timed pass still read 14-29 MB/s. Cold start is measured apart, below.)
const SLOW = { warmupPostings: 150, minPasses: 1, maxPasses: 1, timeBudgetMs: 0 }; // compromise: ~7 s a pass
// (compromise reads its first 40 postings at ~0.13 MB/s, the next 40 at ~0.19, and ~0.26 from about the 100th.)
const NAIVE_10X_POSTINGS = 20;
const QUICK = { warmupPostings: 5, minPasses: 1, maxPasses: 1, timeBudgetMs: 0 };

/** Mean skills found per posting, outside timing: shows whether extraction is doing real work. */
function meanSkills(extractor, texts) {
  let n = 0;
  for (const t of texts) n += extractor.extract(t).skills.length;
  return Math.round((n / texts.length) * 100) / 100;
}

export async function runThroughput({ mod, distDir, corpus, quick, log }) {
  const { texts, bytes } = corpus;
  const settings = (slow) => (quick ? QUICK : slow ? SLOW : FULL);
  const base = await findDefaultTaxonomy(mod);
  const baseForms = surfaceForms(base.entries);
  const categories = Array.isArray(mod.TAXONOMY_CATEGORIES) ? mod.TAXONOMY_CATEGORIES : ['tool'];
  const synthetic = syntheticExtraSkills(base.entries, 10, categories);
  const largeForms = [...baseForms, ...surfaceForms(synthetic)];
  const onet = await loadOnetPack(distDir);
  const onetEntries = onet.pack ? (Array.isArray(onet.pack) ? onet.pack : onet.pack.skills ?? []) : [];

  const taxonomy = {
    builtIn: { source: base.source, entries: base.entries.length, forms: baseForms.length },
    synthetic10x: { entries: base.entries.length + synthetic.length, forms: largeForms.length },
    onetPack: onet.pack
      ? { entries: base.entries.length + onetEntries.length, forms: baseForms.length + surfaceForms(onetEntries).length }
      : { skipped: onet.reason },
  };

  const jobsift = (options) => () => {
    const extractor = options ? mod.createExtractor(options) : mod.createExtractor();
    return { fn: (t) => extractor.extract(t), extra: { meanSkillsPerPosting: meanSkills(extractor, texts.slice(0, 100)) } };
  };
  const scenarios = [
    { key: 'jobsift', label: 'jobsift extractRequirements (built-in taxonomy)', make: jobsift() },
    {
      key: 'jobsift-10x-synthetic',
      label: `jobsift, 10x taxonomy (synthetic, ${taxonomy.synthetic10x.entries} entries)`,
      make: jobsift({ taxonomy: synthetic }),
    },
    onet.pack
      ? {
          key: 'jobsift-onet-pack',
          label: `jobsift, + O*NET pack (${taxonomy.onetPack.entries} entries)`,
          make: jobsift({ taxonomy: onet.pack }),
        }
      : { key: 'jobsift-onet-pack', label: 'jobsift, + O*NET pack', skipped: onet.reason },
    { key: 'wink-readDoc', label: 'wink-nlp readDoc (default pipeline)', make: () => ({ fn: winkReadDoc() }), reference: true },
    {
      key: 'wink-sbd-pos',
      label: "wink-nlp readDoc (pipeline cut to ['sbd', 'pos'])",
      make: () => ({ fn: winkSentencesAndTags() }),
      reference: true,
    },
    { key: 'compromise-nlp', label: 'compromise nlp()', make: () => ({ fn: compromiseNlp() }), reference: true, slow: true },
    {
      key: 'naive-regex',
      label: `naive regex per skill (${baseForms.length} forms)`,
      make: () => ({ fn: naiveRegexLoop(baseForms) }),
      reference: true,
      slow: true,
    },
    {
      key: 'combined-regex',
      label: `one combined regex (${baseForms.length} forms)`,
      make: () => ({ fn: combinedRegex(baseForms) }),
      reference: true,
    },
    {
      key: 'naive-regex-10x',
      label: `naive regex per skill, 10x (${largeForms.length} forms, first ${quick ? 3 : NAIVE_10X_POSTINGS} postings)`,
      make: () => ({ fn: naiveRegexLoop(largeForms) }),
      slow: true,
      postings: quick ? 3 : NAIVE_10X_POSTINGS, // ~0.4 s a posting: the whole corpus would take minutes
    },
    {
      key: 'combined-regex-10x',
      label: `one combined regex, 10x (${largeForms.length} forms)`,
      make: () => ({ fn: combinedRegex(largeForms) }),
    },
  ];

  const results = {};
  for (const s of scenarios) {
    if (s.skipped) {
      results[s.key] = { label: s.label, skipped: s.skipped };
      log(`  ${s.label}: skipped (${s.skipped})`);
      continue;
    }
    try {
      collectGarbage(); // no scenario pays for the garbage of the one before
      const { fn, extra } = s.make();
      const subset = s.postings && s.postings < texts.length ? texts.slice(0, s.postings) : texts;
      const subsetBytes = subset === texts ? bytes : subset.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0);
      const base = settings(s.slow);
      const r = measureCorpus(fn, subset, subsetBytes, subset === texts ? base : { ...base, warmupPostings: Math.min(5, subset.length) });
      results[s.key] = { label: s.label, reference: Boolean(s.reference), ...r, ...extra };
      log(`  ${s.label}: ${r.mbPerS} MB/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms (${r.passes} pass(es))`);
    } catch (err) {
      results[s.key] = { label: s.label, skipped: `failed: ${err.message}` };
      log(`  ${s.label}: FAILED (${err.message})`);
    }
  }
  return { taxonomy, scenarios: results };
}
