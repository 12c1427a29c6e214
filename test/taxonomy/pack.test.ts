import { describe, expect, test } from 'vitest';
import { createExtractor, SkillEntrySchema, type SkillEntryParsed } from '../../src/index.js';
import { ONET_TECHNOLOGY_PACK } from '../../src/packs/onet.js';
import { defaultSkills } from '../../src/taxonomy/default.js';
import { aliasKey } from '../../src/taxonomy/matcher.js';
import { expectEvidenceIndexesInput } from '../helpers/evidence.js';

/**
 * The opt-in O*NET technology pack (`jobsift/packs/onet`): it loads, every entry validates, it adds nothing the
 * default taxonomy already names, and used in extend mode it finds products named in real postings
 * (examples/data/glassdoor-2020.jsonl) while the default skills keep working.
 */

const pack = ONET_TECHNOLOGY_PACK.map((e) => SkillEntrySchema.parse(e));

function formsOf(e: SkillEntryParsed): { form: string; policy: string }[] {
  const list = e.aliases.map((a) => (typeof a === 'string' ? { form: a, policy: e.policy } : a));
  if (!list.some((a) => a.form === e.name)) list.unshift({ form: e.name, policy: e.policy });
  return list;
}
const compactKey = (form: string): string => aliasKey(form).replace(/ /g, '');

describe('O*NET technology pack: data', () => {
  test('loads thousands of entries, each valid', () => {
    expect(pack.length).toBeGreaterThan(4000);
    expect(pack).toHaveLength(ONET_TECHNOLOGY_PACK.length);
  });

  test('ids are unique and none is a default id', () => {
    const defaults = new Set(defaultSkills().map((e) => e.id));
    const ids = pack.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => defaults.has(id))).toEqual([]);
  });

  test('no form repeats a form of the default taxonomy or of another pack entry', () => {
    const owners = new Map<string, string>();
    for (const e of defaultSkills()) for (const { form } of formsOf(e)) owners.set(compactKey(form), `default ${e.id}`);
    const clashes: string[] = [];
    for (const e of pack) {
      for (const k of new Set(formsOf(e).map(({ form }) => compactKey(form)))) {
        const other = owners.get(k);
        if (other && other !== e.id) clashes.push(`${e.id} "${k}" (${other})`);
        owners.set(k, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  test('implies points at default skills', () => {
    const defaults = new Set(defaultSkills().map((e) => e.id));
    for (const e of pack) for (const id of e.implies ?? []) expect(defaults.has(id), `${e.id} implies ${id}`).toBe(true);
  });

  // O*NET names that are ordinary words: in the pack they must never match alone.
  test.each(['Analyze', 'Square', 'Route', 'Blink', 'Loom', 'Act!', 'REDUCE', 'Paintbrush', 'Quicken', 'Velvet'])(
    '"%s" is not a safe form',
    (word) => {
      const hits = pack.flatMap((e) => formsOf(e).filter((f) => compactKey(f.form) === compactKey(word)));
      for (const f of hits) expect(f.policy, f.form).not.toBe('safe');
    },
  );

  test('generic O*NET categories and social networks are left out', () => {
    const names = new Set(pack.map((e) => e.name.toLowerCase()));
    for (const n of ['microsoft office software', 'spreadsheet software', 'facebook', 'e-verify', 'accounting software']) {
      expect(names.has(n), n).toBe(false);
    }
  });
});

describe('O*NET technology pack: extraction (extend mode)', () => {
  const withPack = createExtractor({ taxonomy: ONET_TECHNOLOGY_PACK });
  const ids = (text: string): string[] => {
    const r = withPack.extract(text);
    expectEvidenceIndexesInput(text, r);
    return r.skills.map((s) => s.id);
  };

  // [posting id, sentence as written, ids that must be found: pack products and default skills side by side]
  const found: [string, string, string[]][] = [
    ['kenjee-0091', 'Diagramming/modeling tools (OmniGraffle, Visio), artifacts (data flow, sequence, state machine, entity relationship, process flows, use cases) and languages (UML, BPMN)', ['omni-group-omnigraffle', 'visio']],
    ['kenjee-0261', 'Cassandra, Kafka, Postgres, BigTable, Oracle, Teredata, MarkLogic, MongoDB, MatLab, HBase, Hive, CouchDB', ['marklogic', 'kafka', 'mongodb', 'hbase']],
    ['kenjee-0072', 'Proficiency in R is required. Experience in Bioconductor is preferred', ['bioconductor', 'r']],
    ['kenjee-0536', 'Proficient in multi-color flow cytometry and FlowJo-based data analysis', ['flowjo', 'data-analysis']],
    ['kenjee-0012', 'Utilize system tools including (MySQL, Hadoop, Weka, R, Matlab,ILog).', ['ibm-ilog', 'hadoop', 'matlab']],
  ];
  test.each(found)('%s: %s', (_id, text, expected) => {
    const got = ids(text);
    for (const id of expected) expect(got, id).toContain(id);
  });

  const traps: [string, string, string][] = [
    ['kenjee-0708', 'Ability to setup process and systems to monitor and reduce cloud computing costs for a large organization', 'reduce'],
    ['kenjee-0005', 'CyrusOne provides reasonable accommodation for qualified individuals with disabilities in accordance with the Americans with Disabilities Act (ADA) and any other state or local laws.', 'act'],
  ];
  test.each(traps)('%s: no pack skill in a trap sentence (%s)', (_id, text, id) => {
    expect(ids(text)).not.toContain(id);
  });
});
