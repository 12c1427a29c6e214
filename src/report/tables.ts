import { labelFromId } from '../aggregate/labels.js';
import type { MarketReport } from '../aggregate/report-schema.js';

/** One row of a rendered table. */
export interface ReportRow {
  key: string;
  label: string;
  count: number;
  share: number;
  /** Extra columns (median, mean...), by column name. */
  extra?: Readonly<Record<string, number | null>>;
}

/** A table as every renderer shows it: the same rows in Markdown, CSV and HTML. */
export interface ReportTable {
  id: string;
  title: string;
  /** What `share` is a share of. */
  shareOf: string;
  rows: ReportRow[];
  extraColumns: string[];
  /** Postings that state none of the rows, when that is meaningful. */
  notStated: number | null;
  /** Rows are ranked (top N of `distinct`), rather than a fixed list. */
  ranked: boolean;
  distinct: number | null;
  note?: string;
}

const fixed = (x: number | null, digits = 1): string => (x === null ? 'n/a' : x.toFixed(digits).replace(/\.0$/, ''));

/** The report as a list of tables, in the study's order. Computing stays in src/aggregate; this only arranges. */
export function reportTables(report: MarketReport): ReportTable[] {
  const counted = report.postings.counted;
  const ofPostings = `${counted} postings`;
  const tables: ReportTable[] = [];
  const simple = (id: string, title: string, rows: ReportRow[], notStated: number | null, extras: Partial<ReportTable> = {}): void => {
    tables.push({ id, title, shareOf: ofPostings, rows, extraColumns: [], notStated, ranked: false, distinct: null, ...extras });
  };
  simple('degrees-any', 'Degree levels named (any mention)', report.degrees.any, report.degrees.notStated);
  simple('degrees-required', 'Degree levels required', report.degrees.required, report.degrees.requiredNotStated);
  simple('degrees-minimum', 'Minimum degree (the entry bar)', report.degrees.minimum, report.degrees.notStated);
  simple('fields', 'Degree fields', report.fields.items, report.fields.notStated, { ranked: true, distinct: report.fields.distinct });

  const x = report.experience;
  tables.push({
    id: 'experience',
    title: 'Years of experience (minimum asked)',
    shareOf: `${x.stated} postings stating years`,
    rows: x.histogram,
    extraColumns: [],
    notStated: x.notStated,
    ranked: false,
    distinct: null,
    note: `${x.stated} of ${counted} postings (${percent(x.share)}) state years; median ${fixed(x.median)}, mean ${fixed(x.mean)}.`,
  });
  const byDegree = (id: string, title: string, groups: MarketReport['experienceByDegree']['pairs'], notStated: number | null, note: string): void => {
    tables.push({
      id,
      title,
      shareOf: ofPostings,
      rows: groups.map((g) => ({
        key: g.level,
        label: report.degrees.any.find((d) => d.key === g.level)?.label ?? g.level,
        count: g.postings,
        share: g.share,
        extra: { 'stating years': g.stated, 'median years': g.median, 'mean years': g.mean },
      })),
      extraColumns: ['stating years', 'median years', 'mean years'],
      notStated,
      ranked: false,
      distinct: null,
      note,
    });
  };
  byDegree('experience-pairs', 'Years asked with each degree (explicit pairings such as "MS + 3 years")',
    report.experienceByDegree.pairs, report.experienceByDegree.pairsNotStated,
    'Count: postings pairing years with this degree; median and mean of the years paired with it.');
  byDegree('experience-by-minimum-degree', 'Years of experience by minimum degree', report.experienceByDegree.byMinimumDegree, null,
    'Count: postings with this minimum degree; median and mean of their minimum years.');

  simple('skills', 'Skills (all categories)', report.skills.overall.items, report.skills.overall.notStated, {
    ranked: true,
    distinct: report.skills.overall.distinct,
  });
  simple('skill-categories', 'Skill categories (postings naming at least one)',
    report.skills.categories.map((c) => ({ key: c.category, label: c.category, count: c.count, share: c.share })),
    report.skills.overall.notStated);
  for (const c of report.skills.categories) {
    simple(`skills-${c.category}`, `Skills: ${c.category}`, c.table.items, c.table.notStated, { ranked: true, distinct: c.table.distinct });
  }
  simple('communication', 'Communication skills asked', [
    { key: 'communication', label: 'Asks for communication skills', count: report.communication.count, share: report.communication.share },
  ], report.communication.notStated);
  simple('companies', 'Companies', report.companies.items, report.companies.notStated, { ranked: true, distinct: report.companies.distinct });
  simple('company-sizes', 'Company size', report.companySizes.items, report.companySizes.notStated);
  simple('industries', 'Industries', report.industries.items, report.industries.notStated, { ranked: true, distinct: report.industries.distinct });
  const loc = report.locations;
  simple('states', 'US states', loc.states.items, loc.states.notStated, {
    ranked: true,
    distinct: loc.states.distinct,
    note: `Remote: ${loc.remote}; "United States" only: ${loc.countryOnly}; elsewhere or not understood: ${loc.other}; no location: ${loc.notStated}.`,
  });
  simple('cities', 'Cities', loc.cities.items, loc.cities.notStated, { ranked: true, distinct: loc.cities.distinct });
  return tables;
}

/**
 * The display names of the co-occurrence skills: the report's own labels; for a report written before it carried
 * them, the label of the skill tables (overall, then per category), else the id made readable. Never the bare id of
 * a skill past the skill table's top cut.
 */
export function cooccurrenceLabels(report: MarketReport): string[] {
  const co = report.cooccurrence;
  const known = new Map<string, string>();
  if (!co.labels || co.labels.length !== co.skills.length) {
    for (const c of [...report.skills.categories].reverse()) for (const i of c.table.items) known.set(i.key, i.label);
    for (const i of report.skills.overall.items) known.set(i.key, i.label);
  }
  return co.skills.map((id, i) => co.labels?.[i] ?? known.get(id) ?? labelFromId(id));
}

/** 0.4412 -> "44.1%". */
export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** A number for a table cell: integers as is, others with one decimal, null as "n/a". */
export function cell(value: number | null): string {
  if (value === null) return 'n/a';
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** The overview lines every renderer starts with. */
export function overview(report: MarketReport): [string, string][] {
  const p = report.postings;
  return [
    ['Postings counted', String(p.counted)],
    ['Records received', String(p.received)],
    ['Invalid records (skipped)', String(p.invalid)],
    [p.dedupe ? 'Exact duplicates dropped' : 'Duplicates (dedupe off)', String(p.duplicatesDropped)],
  ];
}
