import { z } from 'zod';
import { DEGREE_LEVELS, type DegreeLevel, type RequirementSummary } from '../schema.js';
import { parseCompanySize } from './company-size.js';
import { parseLocation } from './location.js';
import type { PostingMeta } from './posting.js';

/**
 * What one posting adds to a market report, as a canonical JSON tuple. The accumulator keeps a multiset of these
 * (tuple -> copies), so that merging is a sum of counts and duplicates can be dropped exactly after any merge.
 * Degree levels are indices into DEGREE_LEVELS; lists are sorted so that equal postings give equal tuples.
 */
export const ContributionSchema = z.tuple([
  z.string().regex(/^(?:[0-9a-f]{16})?$/), // 0 dedupe key of the text ('' when no text was given: never deduped)
  z.array(z.number().int().min(0).max(4)), // 1 degree levels named
  z.array(z.number().int().min(0).max(4)), // 2 required degree levels
  z.number().int().min(-1).max(4), // 3 minimum degree (-1: none)
  z.array(z.string()), // 4 fields
  z.number().nonnegative().nullable(), // 5 minYears
  z.array(z.tuple([z.number().int().min(0).max(4), z.number().nonnegative()])), // 6 years by degree
  z.array(z.string()), // 7 skills
  z.union([z.literal(0), z.literal(1)]), // 8 communication
  z.string().nullable(), // 9 company
  z.string().nullable(), // 10 company-size bucket
  z.string().nullable(), // 11 industry
  z.enum(['city', 'state', 'country', 'remote', 'other']).nullable(), // 12 location kind
  z.string().nullable(), // 13 state code
  z.string().nullable(), // 14 city
]);
export type Contribution = z.infer<typeof ContributionSchema>;

export const levelIndex = (l: DegreeLevel): number => DEGREE_LEVELS.indexOf(l);
const sortedUnique = <T extends string | number>(xs: Iterable<T>): T[] =>
  [...new Set(xs)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

// Values exports use for "unknown": "-1" (Glassdoor scrapes), "Unknown", "N/A", "null".
const UNSTATED = new Set(['', '-1', 'unknown', 'n/a', 'na', 'null', 'none', '--']);

function cleanText(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const t = value.replace(/\s+/g, ' ').trim();
  return UNSTATED.has(t.toLowerCase()) ? null : t;
}

/** A company name without the rating Glassdoor appends on its own line ("Acme Corp\n3.8"). */
function cleanCompany(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  return cleanText(value.replace(/\n\s{0,4}\d\.\d\s{0,4}$/, ''));
}

/** Builds the canonical tuple of one posting. */
export function toContribution(summary: RequirementSummary, meta: PostingMeta, key: string): Contribution {
  const place = parseLocation(cleanText(meta.location));
  const yearsByDegree = new Map<number, number>();
  // One figure per level: the lowest, as "years needed with this degree".
  for (const p of summary.yearsByDegree) {
    const i = levelIndex(p.level);
    const prev = yearsByDegree.get(i);
    if (prev === undefined || p.years < prev) yearsByDegree.set(i, p.years);
  }
  return [
    key,
    sortedUnique(summary.degreeLevels.map(levelIndex)),
    sortedUnique(summary.requiredDegreeLevels.map(levelIndex)),
    summary.minimumDegree === null ? -1 : levelIndex(summary.minimumDegree),
    sortedUnique(summary.fields),
    summary.minYears,
    [...yearsByDegree.entries()].sort((a, b) => a[0] - b[0]),
    sortedUnique(summary.skills),
    summary.communication ? 1 : 0,
    cleanCompany(meta.company),
    parseCompanySize(typeof meta.companySize === 'string' ? cleanText(meta.companySize) : meta.companySize),
    cleanText(meta.industry),
    place ? place.kind : null,
    place ? place.state : null,
    place ? place.city : null,
  ];
}
