// Pure aggregation at scale: summaries extracted once from the corpus, then counted N times (200,000 in the full
// run) in a fresh process, for postings/s and peak RSS. Extraction cost is measured elsewhere (throughput, CLI).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { round } from '../lib/measure.mjs';
import { ROOT } from '../lib/dist.mjs';

const CHILD = fileURLToPath(new URL('../children/aggregate.mjs', import.meta.url));

export async function runAggregation({ mod, distDir, corpus, quick, log }) {
  const n = quick ? 2_000 : 200_000;
  if (typeof mod.createAggregator !== 'function') {
    const reason = 'not available yet: the package exports no createAggregator';
    log(`  skipped (${reason})`);
    return { skipped: reason };
  }
  const extractor = mod.createExtractor();
  const base = corpus.records.map((r) => {
    const result = extractor.extract(r.text);
    const skills = Object.fromEntries(result.skills.map((s) => [s.id, { name: s.name, category: s.category }]));
    const meta = { id: r.id, title: r.title, company: r.company, location: r.location, industry: r.industry, companySize: r.companySize };
    return { summaryJson: JSON.stringify(result.summary), meta, skills, text: r.text };
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobsift-bench-'));
  const file = path.join(dir, 'summaries.json');
  fs.writeFileSync(file, JSON.stringify(base));
  try {
    const run = (withText) => {
      const res = spawnSync(process.execPath, [CHILD, pathToFileURL(path.join(distDir, 'index.js')).href, file, String(n), withText ? '1' : '0'], {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 1 << 24,
      });
      if (res.status !== 0) throw new Error(`aggregate child failed: ${(res.stderr || '').trim().split('\n').slice(-3).join(' | ')}`);
      const r = JSON.parse(res.stdout.trim().split('\n').pop());
      return {
        postingsPerS: round(n / (r.totalMs / 1000), 0),
        cpuPostingsPerS: round(n / (r.cpuMs / 1000), 0),
        addMs: round(r.addMs, 0),
        reportMs: round(r.reportMs, 0),
        rssBeforeMb: round(r.rssBeforeMb, 1),
        maxRssMb: round(r.maxRssMb, 1),
      };
    };
    const withText = run(true);
    log(`  ${n} summaries with their texts: ${withText.postingsPerS} postings/s, report ${withText.reportMs} ms, peak RSS ${withText.maxRssMb} MB`);
    const withoutText = run(false);
    log(`  ${n} summaries without texts (no dedupe): ${withoutText.postingsPerS} postings/s, peak RSS ${withoutText.maxRssMb} MB`);
    return {
      method:
        'createAggregator().addSummary over pre-extracted summaries, a fresh object per posting, then report(); main figures: each with its own text (so dedupe hashes it and keeps the posting); withoutText: no text given, so no dedupe',
      postings: n,
      ...withText,
      withoutText,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
