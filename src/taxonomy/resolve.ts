import { SkillEntrySchema, TaxonomyOptionSchema, type SkillEntryParsed } from '../schema.js';
import { JobsiftTaxonomyError, describeValue, formatIssues } from '../errors.js';
import { defaultSkills } from './default.js';
import { aliasKey } from './matcher.js';

const resolved = new WeakMap<object, readonly SkillEntryParsed[]>();

function entryLabel(raw: unknown, index: number): string {
  const id = raw && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id : undefined;
  return typeof id === 'string' ? `taxonomy entry ${index} (id "${id}")` : `taxonomy entry ${index}`;
}

/** Validates custom entries: schema, unique ids, forms that contain a word, `implies` pointing at known skills. */
function validateEntries(raw: readonly unknown[], known: ReadonlySet<string>): SkillEntryParsed[] {
  const out: SkillEntryParsed[] = [];
  const ids = new Map<string, number>();
  raw.forEach((item, index) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new JobsiftTaxonomyError(`${entryLabel(item, index)}: expected an object such as { id, name, category }, got ${describeValue(item)}`);
    }
    const parsed = SkillEntrySchema.safeParse(item);
    if (!parsed.success) throw new JobsiftTaxonomyError(`${entryLabel(item, index)}: ${formatIssues(parsed.error.issues)}`);
    const e = parsed.data;
    const first = ids.get(e.id);
    if (first !== undefined) throw new JobsiftTaxonomyError(`${entryLabel(item, index)}: duplicate id, already used by entry ${first}`);
    ids.set(e.id, index);
    for (const a of [e.name, ...e.aliases.map((x) => (typeof x === 'string' ? x : x.form))]) {
      if (aliasKey(a) === '') throw new JobsiftTaxonomyError(`${entryLabel(item, index)}: the form "${a}" has no letters or digits to match`);
    }
    out.push(e);
  });
  const all = new Set([...known, ...ids.keys()]);
  out.forEach((e, index) => {
    for (const id of e.implies ?? []) {
      if (!all.has(id)) throw new JobsiftTaxonomyError(`${entryLabel(e, index)}: implies unknown skill id "${id}"`);
    }
  });
  return out;
}

/**
 * The taxonomy an extractor uses. `undefined`: the default. An array of entries: the default extended by them
 * (an entry with a default id replaces that skill). `{ mode: 'replace', skills }`: only these skills.
 * Invalid entries throw a JobsiftTaxonomyError naming the entry and the problem.
 */
export function resolveTaxonomy(option: unknown): readonly SkillEntryParsed[] {
  if (option === undefined) return defaultSkills();
  if (option !== null && typeof option === 'object') {
    const hit = resolved.get(option);
    if (hit) return hit;
  }
  let mode: 'extend' | 'replace' = 'extend';
  let raw: readonly unknown[];
  if (Array.isArray(option)) raw = option;
  else {
    const parsed = TaxonomyOptionSchema.safeParse(option);
    if (!parsed.success) {
      throw new JobsiftTaxonomyError(`the taxonomy option must be an array of entries or { mode, skills }: ${formatIssues(parsed.error.issues)}`);
    }
    mode = parsed.data.mode;
    raw = parsed.data.skills;
  }
  const base = mode === 'extend' ? defaultSkills() : [];
  const custom = validateEntries(raw, new Set(base.map((e) => e.id)));
  const customIds = new Set(custom.map((e) => e.id));
  // Custom entries first: the matcher gives an id or an alias to the first entry that claims it.
  const result = Object.freeze([...custom, ...base.filter((e) => !customIds.has(e.id))]);
  if (option !== null && typeof option === 'object') resolved.set(option, result);
  return result;
}
