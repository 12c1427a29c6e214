import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from './run-cli.js';

export interface CliFixtures {
  dir: string;
  jsonl: string;
  jsonlRecords: number;
  json: string;
  csv: string;
  csvCustom: string;
  postingsDir: string;
  shardA: string;
  shardB: string;
  whole: string;
  postings: { id: string; text: string; company: string; location: string }[];
}

/** Small input files of each kind, made from the first real postings of examples/data/glassdoor-2020.jsonl. */
export function makeFixtures(): CliFixtures {
  const dir = mkdtempSync(join(tmpdir(), 'jobsift-cli-'));
  const source = readFileSync(join(REPO, 'examples/data/glassdoor-2020.jsonl'), 'utf8').split('\n').slice(0, 6);
  const postings = source.map((l) => JSON.parse(l) as { id: string; text: string; company: string; location: string });
  // Line 3 is broken JSON and line 5 is blank: 6 postings on lines 1, 2, 4, 6, 7, 8.
  const jsonlLines = [source[0], source[1], '{"id": "broken", "text": "Python', source[2], '', source[3], source[4], source[5]];
  const jsonl = join(dir, 'corpus.jsonl');
  writeFileSync(jsonl, jsonlLines.join('\n') + '\n');
  const json = join(dir, 'corpus.json');
  writeFileSync(json, JSON.stringify(postings.slice(0, 3), null, 2));
  const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  const csvRows = postings.slice(0, 2).map((p) => [q('Data Scientist'), q(p.text), q(`${p.company}\n3.8`), q(p.location), q('501 to 1000 employees')].join(','));
  const csv = join(dir, 'export.csv');
  writeFileSync(csv, ['Job Title,Job Description,Company Name,Location,Size', ...csvRows].join('\r\n') + '\r\n');
  const csvCustom = join(dir, 'custom.csv');
  writeFileSync(csvCustom, ['Ref,Posting Body', `1,${q(postings[0]!.text)}`, `2,${q('Requires SQL, "Python" and Tableau.')}`].join('\n') + '\n');
  const postingsDir = join(dir, 'postings');
  mkdirSync(join(postingsDir, 'nested'), { recursive: true });
  writeFileSync(join(postingsDir, 'a.txt'), postings[0]!.text);
  writeFileSync(join(postingsDir, 'b.html'), `<html><body><h2>Requirements</h2><ul><li>${postings[1]!.text.slice(0, 400)}</li></ul></body></html>`);
  writeFileSync(join(postingsDir, 'nested', 'c.txt'), postings[2]!.text);
  writeFileSync(join(postingsDir, 'notes.pdf'), '%PDF-1.4 not a posting');
  const shardA = join(dir, 'a.jsonl');
  const shardB = join(dir, 'b.jsonl');
  const whole = join(dir, 'whole.jsonl');
  writeFileSync(shardA, [source[0], source[1], source[2], source[0]].join('\n') + '\n');
  writeFileSync(shardB, [source[3], source[4], source[5], source[1]].join('\n') + '\n');
  writeFileSync(whole, [source[0], source[1], source[2], source[0], source[3], source[4], source[5], source[1]].join('\n') + '\n');
  return { dir, jsonl, jsonlRecords: 6, json, csv, csvCustom, postingsDir, shardA, shardB, whole, postings };
}
