import { ContributionSchema, sortedUniqueStrings, type Contribution } from './contribution.js';

/**
 * The in-memory form of contributions: strings of 16-bit code units with every string value (skill, company,
 * city...) replaced by its index in a dictionary: about 50 bytes a distinct contribution instead of ~400 for the JSON
 * tuple (postings with the same details share one; their dedupe keys are kept apart, see dedupe-keys.ts). Lists are written in canonical (sorted) order, so equal tuples give
 * equal strings within one dictionary; the canonical JSON tuple is rebuilt by `decode` for partials and reports.
 */
export class Dictionary {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();

  id(value: string): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.index.set(value, i);
    }
    return i;
  }
}

export function encode(t: Contribution, dict: Dictionary): string {
  // Code units go into an array and become one flat string at the end: a string grown with += stays a tree of
  // small pieces in memory, several times its length.
  const out: number[] = [];
  // A dictionary reference (0 for null) in two code units.
  const value = (v: string | number | null): void => {
    const n = v === null ? 0 : dict.id(String(v)) + 1;
    out.push(n >>> 16, n & 0xffff);
  };
  let mask = 0;
  for (const l of t[0]) mask |= 1 << l;
  for (const l of t[1]) mask |= 1 << (l + 5);
  out.push(mask | ((t[2] + 1) << 10) | (t[7] << 13));
  value(t[4]);
  for (let k = 8; k <= 13; k++) value(t[k] as string | null);
  const fields = sortedUniqueStrings(t[3]);
  out.push(fields.length);
  fields.forEach(value);
  const pairs = [...t[5]].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  out.push(pairs.length);
  for (const [l, y] of pairs) {
    out.push(l);
    value(y);
  }
  const skills = sortedUniqueStrings(t[6]);
  out.push(skills.length);
  skills.forEach(value);
  return String.fromCharCode(...out);
}

export function decode(s: string, dict: Dictionary): Contribution {
  let at = 0;
  const next = (): number => s.charCodeAt(at++);
  const value = (): string | null => {
    const n = next() * 0x10000 + next();
    return n === 0 ? null : dict.values[n - 1]!;
  };
  const flags = next();
  const levels: number[] = [];
  const required: number[] = [];
  for (let l = 0; l < 5; l++) {
    if (flags & (1 << l)) levels.push(l);
    if (flags & (1 << (l + 5))) required.push(l);
  }
  const minimum = ((flags >> 10) & 7) - 1;
  const communication = ((flags >> 13) & 1) as 0 | 1;
  const years = value();
  const meta = [value(), value(), value(), value(), value(), value()];
  const fields: string[] = [];
  for (let n = next(); n > 0; n--) fields.push(value()!);
  const pairs: [number, number][] = [];
  for (let n = next(); n > 0; n--) pairs.push([next(), Number(value())]);
  const skills: string[] = [];
  for (let n = next(); n > 0; n--) skills.push(value()!);
  return [
    levels, required, minimum, fields, years === null ? null : Number(years), pairs, skills, communication,
    meta[0]!, meta[1]!, meta[2]!, meta[3] as Contribution[11], meta[4]!, meta[5]!,
  ];
}

/** Checks a tuple from outside (a partial file) before it is encoded. */
export function checkContribution(t: unknown): Contribution {
  return ContributionSchema.parse(t);
}

const PLACE_KINDS: ReadonlySet<string> = new Set(['city', 'state', 'country', 'remote', 'other']);

/** A dictionary reference at `at` (two code units): 0 for null, -1 when out of range or past the end. */
function refAt(s: string, at: number, size: number): number {
  const n = s.charCodeAt(at) * 0x10000 + s.charCodeAt(at + 1);
  return n >= 0 && n <= size ? n : -1;
}

const isYears = (value: string | undefined): boolean => {
  const y = Number(value);
  return Number.isFinite(y) && y >= 0;
};

/**
 * Whether `s` is a contribution `decode` can read against `values` (a compact partial's dictionary): every reference
 * in range, levels and years valid, nothing left over, and consistent as `contributionProblem` asks (required levels
 * among the levels named, the minimum the lowest of them, one year figure per level, a city only with a state).
 * Walks the string without building the tuple.
 */
export function checkEncoded(s: string, values: readonly string[]): boolean {
  const size = values.length;
  const flags = s.charCodeAt(0);
  // Past the end, charCodeAt gives NaN, which fails every check below.
  if (!(flags >= 0 && flags < 1 << 14) || ((flags >> 10) & 7) > 5) return false;
  const levels = flags & 31;
  const required = (flags >> 5) & 31;
  // The lowest level named is the lowest bit set (-1 when none is).
  const lowest = levels === 0 ? -1 : 31 - Math.clz32(levels & -levels);
  if ((required & ~levels) !== 0 || ((flags >> 10) & 7) - 1 !== lowest) return false;
  const minYears = refAt(s, 1, size);
  if (minYears < 0 || (minYears > 0 && !isYears(values[minYears - 1]))) return false;
  for (let k = 0; k < 6; k++) {
    const n = refAt(s, 3 + 2 * k, size);
    if (n < 0 || (k === 3 && n > 0 && !PLACE_KINDS.has(values[n - 1]!))) return false;
  }
  // A city (item 13) only with a state (item 12).
  if (refAt(s, 13, size) > 0 && refAt(s, 11, size) === 0) return false;
  let at = 15;
  for (let count = s.charCodeAt(at++); count > 0; count--, at += 2) if (!(refAt(s, at, size) > 0)) return false;
  // Pairs are written by level: one figure per level means strictly rising levels.
  for (let count = s.charCodeAt(at++), prev = -1; count > 0; count--, at += 3) {
    const level = s.charCodeAt(at);
    const n = refAt(s, at + 1, size);
    if (!(level <= 4) || !(level > prev) || !(n > 0) || !isYears(values[n - 1])) return false;
    prev = level;
  }
  for (let count = s.charCodeAt(at++); count > 0; count--, at += 2) if (!(refAt(s, at, size) > 0)) return false;
  return at === s.length;
}
