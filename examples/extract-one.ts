// Extract the requirements of one posting and print each finding with the words it was read from.
// Run: node --import tsx examples/extract-one.ts   (in your project: import { extractRequirements } from 'jobsift')
import { extractRequirements } from '../src/index.js';

const posting = `Machine Learning Engineer
Requirements:
- Master's degree in Computer Science, Statistics or a related field; PhD preferred
- 3+ years of experience building machine learning models in production
- Strong Python and SQL; experience with TensorFlow or PyTorch, and Spark
- Excellent written and verbal communication skills`;

const result = extractRequirements(posting);
const show = (what: string, e: { start: number; end: number; text: string }, required: boolean): void =>
  console.log(`${what.padEnd(28)} ${required ? 'required ' : 'preferred'}  [${e.start}, ${e.end}) "${e.text}"`);

for (const d of result.degrees) show(`degree: ${d.level}`, d.evidence, d.required);
for (const f of result.fields) show(`field: ${f.id}`, f.evidence, f.required);
for (const x of result.experience) show(`experience: ${x.minYears}+ years`, x.evidence, x.required);
for (const s of result.skills) show(`skill: ${s.name} (${s.category})`, s.evidence, s.required);
for (const c of result.communication) show(`communication: ${c.kind}`, c.evidence, c.required);
console.log('\nsummary:', JSON.stringify(result.summary, null, 2));
