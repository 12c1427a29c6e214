// Aggregate a CSV export (Glassdoor / Kaggle style columns) into a market report, printed as Markdown.
// Run: node --import tsx examples/aggregate-csv.ts [export.csv]
// Without an argument it first writes a small CSV export from the bundled glassdoor-2020 corpus.
// From the shell, the same report is: jobsift report export.csv --text-column "Job Description" --format md --top 10
// (for an export with these six columns and no blank lines; the CLI skips blank lines, which this reader takes for
// short rows, and names a bad row by the file line it starts on, where this example gives its row number).
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAggregator, renderMarkdown } from '../src/index.js';

/** A compact RFC 4180 reader: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
    } else if (quoted || c !== '\r') {
      field += c;
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

function sampleExport(): string {
  const path = join(tmpdir(), 'jobsift-example-export.csv');
  const q = (s: unknown): string => `"${String(s ?? '').replace(/"/g, '""')}"`;
  const records = readFileSync(new URL('./data/glassdoor-2020.jsonl', import.meta.url), 'utf8').trim().split('\n').slice(0, 200);
  const rows = records.map((line) => {
    const p = JSON.parse(line) as Record<string, unknown>;
    return [p.title, p.text, p.company, p.location, p.companySize, p.industry].map(q).join(',');
  });
  writeFileSync(path, ['Job Title,Job Description,Company Name,Location,Size,Industry', ...rows].join('\n') + '\n');
  return path;
}

const file = process.argv[2] ?? sampleExport();
const [header = [], ...rows] = parseCsv(readFileSync(file, 'utf8'));
const column = (name: string): number => header.indexOf(name);
const [text, title, company, location, size, industry] = ['Job Description', 'Job Title', 'Company Name', 'Location', 'Size', 'Industry'].map(column);

const acc = createAggregator();
rows.forEach((r, i) => {
  const at = (c: number | undefined): string | null => (c === undefined || c < 0 ? null : (r[c] ?? null));
  // A row that ends before the text column is counted as invalid with its row number (the header is row 1), not
  // dropped; a row whose text cell is empty is a valid, empty posting.
  acc.add(
    { text: at(text) ?? undefined, title: at(title), company: at(company), location: at(location), companySize: at(size), industry: at(industry) },
    { source: file, index: i + 2 },
  );
});
console.log(renderMarkdown(acc.report({ top: 10 })));
