import * as z from 'zod';
import { DEGREE_LEVELS, type DegreeLevel, type RequirementSummary } from '../schema.js';
import { parseCompanySize } from './company-size.js';
import { parseLocation } from './location.js';
import type { PostingMeta } from './posting.js';

const CONTRIBUTION_ITEMS = [
  z.array(z.number().int().min(0).max(4)), // 0 degree levels named
  z.array(z.number().int().min(0).max(4)), // 1 required degree levels
  z.number().int().min(-1).max(4), // 2 minimum degree (-1: none)
  z.array(z.string()), // 3 fields
  z.number().nonnegative().nullable(), // 4 minYears
  z.array(z.tuple([z.number().int().min(0).max(4), z.number().nonnegative()])), // 5 years by degree
  z.array(z.string()), // 6 skills
  z.union([z.literal(0), z.literal(1)]), // 7 communication
  z.string().nullable(), // 8 company
  z.string().nullable(), // 9 company-size bucket
  z.string().nullable(), // 10 industry
  z.enum(['city', 'state', 'country', 'remote', 'other']).nullable(), // 11 location kind
  z.string().nullable(), // 12 state code
  z.string().nullable(), // 13 city
] as const;

const ContributionTuple = z.tuple(CONTRIBUTION_ITEMS);
export type Contribution = z.infer<typeof ContributionTuple>;

const levelName = (l: number): string => DEGREE_LEVELS[l] ?? String(l);

/**
 * Why a tuple is not one `toContribution` writes, or null when it is one: the levels named include the required
 * ones; the minimum is the lowest level named (-1 when none is); one year figure per level; a city only with its
 * state. A partial holding another tuple was edited or corrupted, and its report would not add up (a minimum table
 * whose rows and "not stated" exceed the postings, a city that no table counts).
 */
export function contributionProblem(t: Contribution): string | null {
  const [levels, required, minimum, , , pairs] = t;
  const state = t[12];
  const city = t[13];
  const lowest = levels.length > 0 ? Math.min(...levels) : -1;
  if (minimum !== lowest) {
    return minimum === -1
      ? `no minimum degree, though it names ${levelName(lowest)}`
      : `minimum degree ${levelName(minimum)} is not the lowest level named (${lowest === -1 ? 'none' : levelName(lowest)})`;
  }
  for (const l of required) if (!levels.includes(l)) return `required degree level ${levelName(l)} is not among the levels named`;
  for (let i = 0; i < pairs.length; i++) {
    for (let j = 0; j < i; j++) if (pairs[j]![0] === pairs[i]![0]) return `two year figures for ${levelName(pairs[i]![0])}`;
  }
  if (city !== null && state === null) return `a city (${JSON.stringify(city)}) without a state`;
  return null;
}

const consistent = (t: Contribution, ctx: z.RefinementCtx): void => {
  const problem = contributionProblem(t);
  if (problem !== null) ctx.addIssue({ code: 'custom', message: `inconsistent contribution: ${problem}` });
};

/**
 * What one posting adds to a market report, as a canonical JSON tuple. The accumulator keeps a multiset of these
 * (tuple -> copies) and, apart from it, the dedupe keys of the texts, so that postings with the same details share
 * one entry however many texts they came with. Degree levels are indices into DEGREE_LEVELS; lists are sorted so
 * that equal postings give equal tuples. A tuple read from a partial must also be consistent (`contributionProblem`).
 */
export const ContributionSchema = ContributionTuple.superRefine(consistent);

/** Version 1 partials kept the posting's dedupe key as the tuple's first item ('' when it came without a text). */
export const KeyedContributionV1Schema = z
  .tuple([z.string().regex(/^(?:[0-9a-f]{16})?$/), ...CONTRIBUTION_ITEMS])
  .superRefine(([, ...t], ctx) => consistent(t, ctx));

export const levelIndex = (l: DegreeLevel): number => DEGREE_LEVELS.indexOf(l);

/**
 * The distinct strings of `xs` in code-unit order (as `<` compares strings): the lists of a posting counted (its
 * skills, its fields), sorted when its tuple is built and looked at again when it is encoded. Lists that come sorted
 * and distinct already (a tuple being encoded, a partial's) take one look and a copy.
 */
export function sortedUniqueStrings(xs: readonly string[]): string[] {
  let ascending = true;
  for (let i = 1; i < xs.length && ascending; i++) ascending = xs[i - 1]! < xs[i]!;
  if (ascending) return xs.slice();
  // The default order of `sort` is code-unit order for strings; no comparator to call.
  const sorted = xs.slice().sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (n === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  sorted.length = n;
  return sorted;
}

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

/**
 * Company names, sizes, industries and locations repeat across a corpus ("New York, NY"): each distinct string is
 * cleaned or parsed once (a bounded memo for each kind of value, as each is read its own way). A regex replace, a trim
 * and a lower-casing per value were a fifth of counting a posting.
 */
const MEMO_LIMIT = 4096;
/** Longer values are read each time: a memo of 4,096 of them could hold megabytes. */
const MEMO_VALUE_MAX = 256;

class ValueMemo<T> {
  private readonly memo = new Map<string, T>();
  constructor(private readonly read: (value: string) => T) {}

  of(value: string): T {
    if (value.length > MEMO_VALUE_MAX) return this.read(value);
    let found = this.memo.get(value);
    if (found === undefined && !this.memo.has(value)) {
      found = this.read(value);
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      this.memo.set(value, found);
    }
    return found as T;
  }
}

const companyMemo = new ValueMemo(cleanCompany);
const industryMemo = new ValueMemo(cleanText);
const sizeMemo = new ValueMemo((value: string) => parseCompanySize(cleanText(value)));
const locationMemo = new ValueMemo((value: string) => parseLocation(cleanText(value)));

/** The distinct indices of the levels named in `a`, `b` and `c`, in order: a bit set, as there are five levels. */
function levelIndices(a: readonly DegreeLevel[], b: readonly DegreeLevel[], c: DegreeLevel | null): number[] {
  let bits = 0;
  for (const l of a) bits |= 1 << levelIndex(l);
  for (const l of b) bits |= 1 << levelIndex(l);
  if (c !== null) bits |= 1 << levelIndex(c);
  const out: number[] = [];
  for (let i = 0; i < DEGREE_LEVELS.length; i++) if ((bits & (1 << i)) !== 0) out.push(i);
  // A level that is none of DEGREE_LEVELS (index -1) only comes in a summary nothing checked: kept as before.
  if (bits < 0) out.unshift(-1);
  return out;
}

/**
 * Builds the canonical tuple of one posting. A summary's degree facts are made consistent, as the extractor's always
 * are, so that the report adds up: every level it names anywhere (degreeLevels, requiredDegreeLevels, minimumDegree)
 * counts as named; the minimum degree is the lowest level named (a minimumDegree above it, or null beside named
 * levels, is not kept); a level with several year figures keeps the lowest, as "years needed with this degree".
 */
export function toContribution(summary: RequirementSummary, meta: PostingMeta): Contribution {
  const place = typeof meta.location === 'string' ? locationMemo.of(meta.location) : null;
  const levels = levelIndices(summary.degreeLevels, summary.requiredDegreeLevels, summary.minimumDegree);
  const yearsByDegree = new Map<number, number>();
  // One figure per level: the lowest, as "years needed with this degree".
  for (const p of summary.yearsByDegree) {
    const i = levelIndex(p.level);
    const prev = yearsByDegree.get(i);
    if (prev === undefined || p.years < prev) yearsByDegree.set(i, p.years);
  }
  return [
    levels,
    levelIndices(summary.requiredDegreeLevels, [], null),
    levels[0] ?? -1,
    sortedUniqueStrings(summary.fields),
    summary.minYears,
    [...yearsByDegree.entries()].sort((a, b) => a[0] - b[0]),
    sortedUniqueStrings(summary.skills),
    summary.communication ? 1 : 0,
    typeof meta.company === 'string' ? companyMemo.of(meta.company) : null,
    typeof meta.companySize === 'string' ? sizeMemo.of(meta.companySize) : parseCompanySize(meta.companySize),
    typeof meta.industry === 'string' ? industryMemo.of(meta.industry) : null,
    place ? place.kind : null,
    place ? place.state : null,
    place ? place.city : null,
  ];
}
