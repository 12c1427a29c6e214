import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { SkillEntrySchema } from '../../src/schema.js';
import { coreSkills } from '../../src/taxonomy/data/core.js';
import { defaultSkills } from '../../src/taxonomy/default.js';
import { aliasKey } from '../../src/taxonomy/matcher.js';

const ids = JSON.parse(readFileSync(new URL('../fixtures/contract-ids.json', import.meta.url), 'utf8')) as {
  skills: Record<string, string[]>;
};
const CONTRACT_CATEGORIES = ['general', 'language', 'dl-framework', 'ml-library', 'big-data', 'cloud', 'visualization', 'devops'] as const;
const CoreEntrySchema = SkillEntrySchema.extend({ category: z.enum(CONTRACT_CATEGORIES) });

const CORE_SKILLS = coreSkills();
const parsed = CORE_SKILLS.map((e) => CoreEntrySchema.parse(e));
const formsOf = (e: (typeof parsed)[number]): string[] => [e.name, ...e.aliases.map((a) => (typeof a === 'string' ? a : a.form))];

describe('core taxonomy', () => {
  test('every entry passes the schema with a contract category', () => {
    expect(parsed).toHaveLength(CORE_SKILLS.length);
  });

  test('ids are unique', () => {
    const seen = new Set(parsed.map((e) => e.id));
    expect(seen.size).toBe(parsed.length);
  });

  test('holds exactly the 66 contract skills with their categories', () => {
    const expected = Object.entries(ids.skills).flatMap(([category, list]) => list.map((id) => `${id}:${category}`)).sort();
    expect(expected).toHaveLength(66);
    expect(parsed.map((e) => `${e.id}:${e.category}`).sort()).toEqual(expected);
  });

  test('each alias is claimed by one skill, unless every claimant marks it shared', () => {
    const owners = new Map<string, { id: string; shared: boolean }[]>();
    for (const e of parsed) {
      const shared = new Set((e.sharedAliases ?? []).map(aliasKey));
      for (const k of new Set(formsOf(e).map(aliasKey))) {
        const list = owners.get(k) ?? [];
        list.push({ id: e.id, shared: shared.has(k) });
        owners.set(k, list);
      }
    }
    const conflicts = [...owners].filter(([, o]) => o.length > 1 && !o.every((x) => x.shared)).map(([k, o]) => `${k}: ${o.map((x) => x.id).join(', ')}`);
    expect(conflicts).toEqual([]);
  });

  test('every form has something to match', () => {
    for (const e of parsed) for (const f of formsOf(e)) expect(aliasKey(f), `${e.id} "${f}"`).not.toBe('');
  });

  test('implies and cues refer to real things', () => {
    const all = new Set(defaultSkills().map((e) => e.id));
    for (const e of parsed) for (const i of e.implies ?? []) expect(all.has(i), `${e.id} implies ${i}`).toBe(true);
  });

  test('the default taxonomy keeps the core first and unchanged', () => {
    const def = defaultSkills();
    expect(def.slice(0, parsed.length).map((e) => e.id)).toEqual(parsed.map((e) => e.id));
    expect(new Set(def.map((e) => e.id)).size).toBe(def.length);
  });

  test('ambiguous short names are never safe', () => {
    const risky: Record<string, string> = { R: 'r', C: 'c', Go: 'go', SAS: 'sas', Excel: 'excel', Spark: 'spark', Hive: 'hive', Pig: 'pig', Julia: 'julia', Shell: 'shell', D3: 'd3' };
    for (const [form, id] of Object.entries(risky)) {
      const e = parsed.find((x) => x.id === id)!;
      const alias = e.aliases.find((a) => typeof a !== 'string' && a.form === form);
      const policy = alias && typeof alias !== 'string' ? alias.policy : e.name === form ? e.policy : 'safe';
      expect(policy, form).not.toBe('safe');
    }
  });
});
