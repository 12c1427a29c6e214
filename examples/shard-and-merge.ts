// Shard a corpus, aggregate each shard on its own (another process, another machine), store the partials as
// JSON, then merge them: the report is the same as aggregating everything at once.
// Run: node --import tsx examples/shard-and-merge.ts
// From the shell: jobsift report shard-1.jsonl --format partial --out 1.json; ...; jobsift merge *.json --format md
import { readFileSync } from 'node:fs';
import { aggregatorFromJSON, createAggregator, renderMarkdown, type AggregatePartial } from '../src/index.js';

const postings = readFileSync(new URL('./data/glassdoor-2020.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as unknown);

const SHARDS = 4;
const stored: string[] = [];
for (let s = 0; s < SHARDS; s++) {
  const acc = createAggregator();
  postings.forEach((p, i) => {
    if (i % SHARDS === s) acc.add(p, { source: 'glassdoor-2020.jsonl', index: i + 1 });
  });
  stored.push(JSON.stringify(acc.toJSON())); // what you would write to disk
}

// Merging is associative and commutative: any order, any grouping.
const merged = createAggregator();
for (const json of stored.reverse()) merged.merge(aggregatorFromJSON(JSON.parse(json) as AggregatePartial));

const direct = createAggregator();
postings.forEach((p, i) => direct.add(p, { source: 'glassdoor-2020.jsonl', index: i + 1 }));

const same = JSON.stringify(merged.report()) === JSON.stringify(direct.report());
console.log(`${SHARDS} partials, ${stored.reduce((n, j) => n + j.length, 0)} bytes of JSON; merged report equals direct report: ${same}`);
console.log(renderMarkdown(merged.report({ top: 5 })).split('\n').slice(0, 12).join('\n'));
