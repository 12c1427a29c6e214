import type { MarketReport } from '../aggregate/report-schema.js';
import { cooccurrenceLabels, reportTables } from './tables.js';

// A spreadsheet opening the CSV runs a text cell that starts with one of these as a formula (=HYPERLINK(...),
// =cmd|...): OWASP's CSV injection list (= + - @ tab carriage return), NUL (OWASP ASVS 1.2.10), line feed, and a
// sign behind other leading spaces, for importers that trim cells before looking.
const FORMULA_START = /^[\t\r\n\0]|^\s*[=+\-@]/;

/**
 * RFC 4180 quoting: fields with commas, quotes or line breaks are quoted, quotes doubled. Labels are scraped text, so
 * a text cell that a spreadsheet would read as a formula gets a leading single quote inside a quoted field (OWASP's
 * CSV injection advice); numbers are written as they are and stay numbers, negative or not.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (FORMULA_START.test(value)) return `"'${value.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const COLUMNS = ['table', 'key', 'label', 'count', 'share', 'not_stated', 'median', 'mean'] as const;

/**
 * The market report as one long CSV (one row per table row), easy to pivot in a spreadsheet. A "postings" table
 * carries the overview; co-occurrence rows have keys "skillA|skillB" (ids) and labels "Skill A & Skill B" (names).
 */
export function renderCsv(report: MarketReport): string {
  const out: string[] = [COLUMNS.join(',')];
  const row = (values: (string | number | null)[]): void => {
    out.push(values.map(csvField).join(','));
  };
  const p = report.postings;
  row(['postings', 'counted', 'Postings counted', p.counted, 1, null, null, null]);
  row(['postings', 'received', 'Records received', p.received, null, null, null, null]);
  row(['postings', 'invalid', 'Invalid records', p.invalid, null, null, null, null]);
  row(['postings', 'duplicates-dropped', 'Exact duplicates dropped', p.duplicatesDropped, null, null, null, null]);
  const x = report.experience;
  row(['experience-summary', 'stated', 'Postings stating years', x.stated, x.share, x.notStated, x.median, x.mean]);
  for (const t of reportTables(report)) {
    for (const r of t.rows) {
      row([t.id, r.key, r.label, r.count, r.share, t.notStated, r.extra?.['median years'] ?? null, r.extra?.['mean years'] ?? null]);
    }
  }
  const co = report.cooccurrence;
  const names = cooccurrenceLabels(report);
  co.skills.forEach((a, i) =>
    co.skills.forEach((b, j) => row(['cooccurrence', `${a}|${b}`, `${names[i]} & ${names[j]}`, co.counts[i]![j]!, null, null, null, null])),
  );
  return out.join('\r\n') + '\r\n';
}
