// Plug in a custom taxonomy: add skills the built-in one lacks, and count them in a report.
// Run: node --import tsx examples/custom-taxonomy.ts
import { createAggregator, createExtractor, type SkillEntry } from '../src/index.js';

const extraSkills: SkillEntry[] = [
  { id: 'dbt', name: 'dbt', category: 'data-engineering', aliases: ['data build tool'] },
  { id: 'great-expectations', name: 'Great Expectations', category: 'data-engineering' },
  // A word in plain English too: only with technical context around it.
  { id: 'prefect', name: 'Prefect', category: 'data-engineering', policy: 'context', cues: ['airflow', 'dagster', 'orchestration'] },
];

// `extend` (the default) keeps the built-in skills; { mode: 'replace', skills } would use only these.
const extractor = createExtractor({ taxonomy: extraSkills });
const posting = 'Analytics Engineer. You will model data with dbt and SQL, test it with Great Expectations, and schedule jobs in Airflow or Prefect.';
const result = extractor.extract(posting);
for (const s of result.skills) console.log(`${s.id.padEnd(20)} ${s.category.padEnd(18)} "${s.evidence.text}"`);

// The same taxonomy in an aggregation: extraction options go to createAggregator.
const acc = createAggregator({ extractor: { taxonomy: extraSkills } });
acc.add(posting);
acc.add('Data Engineer: Spark, Kafka and dbt; Python required.');
const report = acc.report();
for (const c of report.skills.categories) {
  console.log(`${c.category}: ${c.table.items.map((s) => `${s.label} ${s.count}`).join(', ')}`);
}
