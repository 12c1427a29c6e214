// The taxonomies the benchmark runs with: the built-in one (read from the built package when it exports it), a
// synthetic 10x one (deterministic random skills), and the surface forms the regex references scan for.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './dist.mjs';
import { mulberry32 } from './random.mjs';

function looksLikeEntries(value) {
  return Array.isArray(value) && value.length > 0 && value.every((e) => e && typeof e.id === 'string' && typeof e.name === 'string');
}

/**
 * The built-in taxonomy, for the regex references to scan the same forms: from the package's exports when it has
 * one (an array of entries, or a no-argument function), else from the source's defaultSkills() through tsx, else
 * the contract's skill ids.
 */
export async function findDefaultTaxonomy(mod) {
  const exported = fromExports(mod);
  if (exported) return exported;
  try {
    const { tsImport } = await import('tsx/esm/api');
    const src = await tsImport(pathToFileURL(path.join(ROOT, 'src', 'taxonomy', 'default.ts')).href, import.meta.url);
    const entries = src.defaultSkills?.();
    if (looksLikeEntries(entries)) return { entries, source: 'src/taxonomy/default.ts defaultSkills() (the package exports no taxonomy)' };
  } catch {
    /* no tsx, or the source moved */
  }
  return { entries: contractSkills(), source: 'contract ids.json skills (the package exports no taxonomy)' };
}

function fromExports(mod) {
  const names = Object.keys(mod).filter((k) => /default.*(?:skill|taxonomy)|^(?:DEFAULT_)?(?:SKILLS|TAXONOMY)$|^BUILT_?IN/i.test(k));
  for (const name of names) {
    const value = mod[name];
    if (looksLikeEntries(value)) return { entries: value, source: `export ${name}` };
    if (typeof value === 'function' && value.length === 0) {
      try {
        const out = value();
        if (looksLikeEntries(out)) return { entries: out, source: `export ${name}()` };
      } catch {
        /* not a getter */
      }
    }
  }
  return null;
}

const CONTRACT_FORMS = { cpp: 'C++', csharp: 'C#', 'scikit-learn': 'scikit-learn', d3: 'D3.js', gcp: 'Google Cloud', 'power-bi': 'Power BI' };

/** The contract's skill ids as entries (names from the ids), used only when the package exports no taxonomy. */
function contractSkills() {
  const ids = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'contract-ids.json'), 'utf8'));
  const skills = ids.skills ?? {};
  return Object.entries(skills).flatMap(([category, list]) =>
    list.map((id) => ({ id, name: CONTRACT_FORMS[id] ?? id.replace(/-/g, ' '), category, aliases: [] })),
  );
}

/** Every surface form of a taxonomy with its case rule; `qualified` forms are never matched alone, so left out. */
export function surfaceForms(entries) {
  const forms = [];
  for (const e of entries) {
    const policy = e.policy ?? 'safe';
    const all = [{ form: e.name, policy }, ...(e.aliases ?? []).map((a) => (typeof a === 'string' ? { form: a, policy } : a))];
    for (const { form, policy: p } of all) {
      if (p === 'qualified') continue;
      forms.push({ id: e.id, form, caseSensitive: p === 'exact-case' });
    }
  }
  return forms;
}


const SYLLABLES = ['zor', 'vex', 'qua', 'lin', 'tra', 'mok', 'dex', 'pli', 'nur', 'sta', 'gro', 'fen', 'kai', 'bry', 'xel', 'tho'];

/**
 * `factor` times as many entries (and surface forms) as `base`: the base plus made-up skills, each with as many
 * random aliases as a base entry has on average. Returns only the extra entries (they extend the built-in taxonomy).
 */
export function syntheticExtraSkills(base, factor, categories) {
  const rand = mulberry32(20200101);
  const word = () => {
    let w = '';
    const n = 2 + Math.floor(rand() * 2);
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    return w;
  };
  const baseCount = Math.max(base.length, 1);
  const aliasesPerEntry = Math.max(1, Math.round(surfaceForms(base).length / baseCount) - 1);
  const alias = () => {
    const r = rand();
    if (r < 0.3) return `${word()} ${word()}`;
    if (r < 0.5) return `${word()}.js`;
    if (r < 0.7) return `${word()}${Math.floor(rand() * 100)}`;
    return word();
  };
  const extra = [];
  const seen = new Set();
  for (let i = 0; extra.length < baseCount * (factor - 1); i++) {
    const name = `${word()} ${word()}`;
    const aliases = Array.from({ length: aliasesPerEntry }, alias);
    const forms = [name, ...aliases];
    if (new Set(forms).size < forms.length || forms.some((f) => seen.has(f))) continue;
    for (const f of forms) seen.add(f);
    extra.push({
      id: `synthetic-${i}`,
      name: name.replace(/^./, (c) => c.toUpperCase()),
      category: categories[i % categories.length] ?? 'tool',
      aliases,
    });
  }
  return extra;
}
