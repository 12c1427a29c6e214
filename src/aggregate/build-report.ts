import { DEGREE_LEVELS } from '../schema.js';
import { JobsiftOptionsError, formatIssues } from '../errors.js';
import { VERSION } from '../version.js';
import { COMPANY_SIZE_BUCKETS } from './company-size.js';
import type { Contribution } from './contribution.js';
import { DEGREE_LABELS, labelFromId } from './labels.js';
import type { InvalidRecord } from './partial-schema.js';
import {
  ReportOptionsSchema,
  type Count,
  type DegreeYears,
  type MarketReport,
  type ReportOptions,
  type Table,
  type YearsDistribution,
} from './report-schema.js';
import { usStateName } from './us-states.js';
import { YEAR_BUCKETS, bump, meanOf, medianOf, ranked, share, yearBucket } from './stats.js';

export interface ReportInput {
  received: number;
  invalid: number;
  invalidSamples: readonly InvalidRecord[];
  skills: ReadonlyMap<string, { name: string; category: string }>;
  /** The postings to count and how many duplicates were left out; `postings()` may be called twice. */
  counted: (dedupe: boolean) => { postings: () => Iterable<[Contribution, number]>; dropped: number };
}

function rows(map: ReadonlyMap<string, number>, of: number, label: (key: string) => string, top: number): Count[] {
  return ranked(map)
    .slice(0, top)
    .map(([key, count]) => ({ key, label: label(key), count, share: share(count, of) }));
}

function table(map: ReadonlyMap<string, number>, of: number, withAny: number, label: (k: string) => string, top: number): Table {
  return { items: rows(map, of, label, top), distinct: map.size, notStated: of - withAny };
}

function distribution(values: ReadonlyMap<number, number>): YearsDistribution {
  const buckets = new Map<string, number>();
  let stated = 0;
  for (const [v, c] of values) {
    bump(buckets, yearBucket(v), c);
    stated += c;
  }
  return {
    stated,
    median: medianOf(values),
    mean: meanOf(values),
    histogram: YEAR_BUCKETS.map((b) => {
      const count = buckets.get(b) ?? 0;
      return { key: b, label: b === '10+' ? '10+ years' : `${b} year${b === '1' ? '' : 's'}`, count, share: share(count, stated) };
    }),
  };
}

/** Computes every statistic of the market report from the aggregator's contributions. */
export function buildReport(input: ReportInput, options: ReportOptions = {}): MarketReport {
  const parsedOptions = ReportOptionsSchema.safeParse(options);
  if (!parsedOptions.success) throw new JobsiftOptionsError(`invalid report options: ${formatIssues(parsedOptions.error.issues)}`);
  const { top, cooccurrenceTop, dedupe } = parsedOptions.data;
  const { postings: countedPostings, dropped } = input.counted(dedupe);

  const levelCount = DEGREE_LEVELS.length;
  const anyLevel = new Array<number>(levelCount).fill(0);
  const requiredLevel = new Array<number>(levelCount).fill(0);
  const minimumLevel = new Array<number>(levelCount).fill(0);
  const pairYears = DEGREE_LEVELS.map(() => new Map<number, number>());
  const pairPostings = new Array<number>(levelCount).fill(0);
  const minDegreeYears = DEGREE_LEVELS.map(() => new Map<number, number>());
  const years = new Map<number, number>();
  const fields = new Map<string, number>();
  const skills = new Map<string, number>();
  const categorySkills = new Map<string, Map<string, number>>();
  const categoryPostings = new Map<string, number>();
  const companies = new Map<string, number>();
  const sizes = new Map<string, number>();
  const industries = new Map<string, number>();
  const states = new Map<string, number>();
  const cities = new Map<string, number>();
  let counted = 0;
  let withDegree = 0;
  let withRequired = 0;
  let withFields = 0;
  let withPairs = 0;
  let withSkills = 0;
  let withCommunication = 0;
  let withCompany = 0;
  let withSize = 0;
  let withIndustry = 0;
  let withState = 0;
  let withCity = 0;
  let remote = 0;
  let countryOnly = 0;
  let otherPlace = 0;
  let noPlace = 0;
  const categoryOf = (skill: string): string => input.skills.get(skill)?.category ?? 'other';

  for (const [c, n] of countedPostings()) {
    const [levels, required, minimum, fieldIds, minYears, pairs, skillIds, communication] = c;
    const [, , , , , , , , company, size, industry, placeKind, state, city] = c;
    counted += n;
    for (const l of levels) anyLevel[l]! += n;
    for (const l of required) requiredLevel[l]! += n;
    if (levels.length > 0) withDegree += n;
    if (required.length > 0) withRequired += n;
    if (minimum >= 0) {
      minimumLevel[minimum]! += n;
      if (minYears !== null) bump(minDegreeYears[minimum]!, minYears, n);
    }
    for (const f of fieldIds) bump(fields, f, n);
    if (fieldIds.length > 0) withFields += n;
    if (minYears !== null) bump(years, minYears, n);
    for (const [l, y] of pairs) {
      bump(pairYears[l]!, y, n);
      pairPostings[l]! += n;
    }
    if (pairs.length > 0) withPairs += n;
    const categoriesHere = new Set<string>();
    for (const s of skillIds) {
      bump(skills, s, n);
      const cat = categoryOf(s);
      categoriesHere.add(cat);
      let m = categorySkills.get(cat);
      if (!m) categorySkills.set(cat, (m = new Map()));
      bump(m, s, n);
    }
    for (const cat of categoriesHere) bump(categoryPostings, cat, n);
    if (skillIds.length > 0) withSkills += n;
    if (communication === 1) withCommunication += n;
    if (company !== null) {
      bump(companies, company, n);
      withCompany += n;
    }
    if (size !== null) {
      bump(sizes, size, n);
      withSize += n;
    }
    if (industry !== null) {
      bump(industries, industry, n);
      withIndustry += n;
    }
    if (state !== null) {
      bump(states, state, n);
      withState += n;
    }
    if (city !== null && state !== null) {
      bump(cities, `${city}, ${state}`, n);
      withCity += n;
    }
    if (placeKind === 'remote') remote += n;
    else if (placeKind === 'country') countryOnly += n;
    else if (placeKind === 'other') otherPlace += n;
    else if (placeKind === null) noPlace += n;
  }

  const levelRows = (counts: number[], of: number): Count[] =>
    DEGREE_LEVELS.map((level, i) => ({ key: level, label: DEGREE_LABELS[level], count: counts[i]!, share: share(counts[i]!, of) }));
  const degreeYears = (maps: Map<number, number>[], groupSizes: number[]): DegreeYears[] =>
    DEGREE_LEVELS.map((level, i) => ({
      level,
      postings: groupSizes[i]!,
      share: share(groupSizes[i]!, counted),
      ...distribution(maps[i]!),
    }));
  const skillLabel = (id: string): string => input.skills.get(id)?.name ?? labelFromId(id);

  const topSkills = ranked(skills).slice(0, cooccurrenceTop).map(([id]) => id);
  const position = new Map(topSkills.map((id, i) => [id, i]));
  const matrix = topSkills.map(() => new Array<number>(topSkills.length).fill(0));
  for (const [c, n] of countedPostings()) {
    const at = c[6].map((s) => position.get(s)).filter((i): i is number => i !== undefined);
    for (const i of at) for (const j of at) matrix[i]![j]! += n;
  }

  const experience = distribution(years);
  return {
    format: 'jobsift-market-report',
    version: 1,
    generator: `jobsift ${VERSION}`,
    postings: { received: input.received, invalid: input.invalid, duplicatesDropped: dropped, counted, dedupe },
    // Copies: the report is the caller's, the samples are the aggregator's state.
    invalidRecords: input.invalidSamples.map((r) => ({ source: r.source, index: r.index, reason: r.reason })),
    degrees: {
      any: levelRows(anyLevel, counted),
      required: levelRows(requiredLevel, counted),
      minimum: levelRows(minimumLevel, counted),
      notStated: counted - withDegree,
      requiredNotStated: counted - withRequired,
    },
    fields: table(fields, counted, withFields, labelFromId, top),
    experience: { ...experience, share: share(experience.stated, counted), notStated: counted - experience.stated },
    experienceByDegree: {
      pairs: degreeYears(pairYears, pairPostings),
      pairsNotStated: counted - withPairs,
      byMinimumDegree: degreeYears(minDegreeYears, minimumLevel),
    },
    skills: {
      overall: table(skills, counted, withSkills, skillLabel, top),
      categories: ranked(categoryPostings).map(([category, count]) => ({
        category,
        count,
        share: share(count, counted),
        table: table(categorySkills.get(category)!, counted, count, skillLabel, top),
      })),
    },
    communication: { count: withCommunication, share: share(withCommunication, counted), notStated: counted - withCommunication },
    companies: table(companies, counted, withCompany, (k) => k, top),
    companySizes: {
      items: COMPANY_SIZE_BUCKETS.map((b) => {
        const count = sizes.get(b.id) ?? 0;
        return { key: b.id, label: b.label, count, share: share(count, counted) };
      }),
      distinct: sizes.size,
      notStated: counted - withSize,
    },
    industries: table(industries, counted, withIndustry, (k) => k, top),
    locations: {
      states: table(states, counted, withState, (k) => usStateName(k) ?? k, top),
      cities: table(cities, counted, withCity, (k) => k, top),
      remote,
      countryOnly,
      other: otherPlace,
      notStated: noPlace,
    },
    cooccurrence: { skills: topSkills, labels: topSkills.map(skillLabel), counts: matrix },
    options: { top, cooccurrenceTop },
  };
}
