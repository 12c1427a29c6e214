import { SkillEntrySchema, type SkillEntry, type SkillEntryParsed } from '../schema.js';
import { coreSkills } from './data/core.js';
import { extendedSkills } from './data/extended.js';
import { aliasKey } from './matcher.js';

let cached: readonly SkillEntryParsed[] | undefined;

function formsOf(entry: SkillEntryParsed): string[] {
  return [entry.name, ...entry.aliases.map((a) => (typeof a === 'string' ? a : a.form))];
}

/**
 * Merges the extended taxonomy under the core one. The core wins every conflict: an extended entry with a core id
 * is dropped, and an extended alias (or name) that a core skill claims is dropped from the extended entry, unless
 * both mark it as shared.
 */
export function mergeUnderCore(core: readonly SkillEntry[], extended: readonly SkillEntry[]): SkillEntryParsed[] {
  const coreParsed = core.map((e) => SkillEntrySchema.parse(e));
  const coreIds = new Set(coreParsed.map((e) => e.id));
  const coreKeys = new Map<string, SkillEntryParsed>();
  for (const e of coreParsed) for (const f of formsOf(e)) coreKeys.set(aliasKey(f), e);
  const out: SkillEntryParsed[] = [...coreParsed];
  for (const raw of extended) {
    const parsed = SkillEntrySchema.safeParse(raw);
    if (!parsed.success) continue; // generated data is tested on its own; a bad row must not break extraction
    const e = parsed.data;
    if (coreIds.has(e.id)) continue;
    const shared = new Set((e.sharedAliases ?? []).map(aliasKey));
    const keeps = (form: string): boolean => {
      const key = aliasKey(form);
      const owner = coreKeys.get(key);
      if (!owner) return true;
      return shared.has(key) && (owner.sharedAliases ?? []).some((s) => aliasKey(s) === key);
    };
    const aliases = e.aliases.filter((a) => keeps(typeof a === 'string' ? a : a.form));
    const nameKept = keeps(e.name);
    // A name that a core skill owns stays as the display name but is not matched.
    out.push({ ...e, aliases: nameKept ? aliases : [{ form: e.name, policy: 'qualified' }, ...aliases] });
  }
  return out;
}

/** The built-in taxonomy: the contract skills (core) and the extended taxonomy. Built on first use, then shared. */
export function defaultSkills(): readonly SkillEntryParsed[] {
  cached ??= Object.freeze(mergeUnderCore(coreSkills(), extendedSkills()));
  return cached;
}
