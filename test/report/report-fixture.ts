import { createAggregator, type MarketReport } from '../../src/aggregate/index.js';
import type { RequirementSummary } from '../../src/schema.js';
import { readCsv } from '../../src/cli/csv-reader.js';

const base: RequirementSummary = {
  degreeLevels: [], requiredDegreeLevels: [], minimumDegree: null, fields: [], minYears: null,
  yearsByDegree: [], skills: [], communication: false,
};

/**
 * A small report whose labels carry the characters renderers must escape: a company with a comma, quotes and an
 * ampersand, an industry with "<" and a pipe.
 */
export function trickyReport(): MarketReport {
  const acc = createAggregator();
  acc.addSummary(
    { ...base, degreeLevels: ['master'], minimumDegree: 'master', minYears: 2, skills: ['python', 'sql'], communication: true },
    {
      text: 'one', company: 'Smith, Jones & "Partners"', industry: 'R&D <Labs> | Research', location: 'Boston, MA',
      companySize: '51 to 200 employees', skills: { python: { name: 'Python', category: 'language' }, sql: { name: 'SQL', category: 'language' } },
    },
  );
  acc.addSummary(
    { ...base, degreeLevels: ['bachelor', 'master'], minimumDegree: 'bachelor', minYears: 4, skills: ['python'] },
    { text: 'two', company: 'Acme', location: 'Remote', skills: { python: { name: 'Python', category: 'language' } } },
  );
  acc.addInvalid('invalid JSON (Unexpected token <)', { source: 'big.jsonl', index: 3 });
  return acc.report();
}

/** The rows of a CSV text, read by the command line's own RFC 4180 reader (what `jobsift report --format csv` writes
 * must read back through it). */
export async function parseCsv(text: string): Promise<string[][]> {
  async function* once(): AsyncGenerator<string> {
    yield text;
  }
  const rows: string[][] = [];
  for await (const record of readCsv(once(), 'report.csv')) rows.push(record.fields);
  return rows;
}
