/**
 * Builds jobsift's extended skill taxonomy and the opt-in O*NET technology pack from the open sources in
 * ../shared/taxonomy-sources (O*NET 29.2, ESCO 1.1.1, github/explore, github-linguist; see NOTICE) and the
 * hand-curated overlay in scripts/taxonomy-curation.mjs.
 *
 *   node --import tsx scripts/build-taxonomy.mjs [--sources <dir>] [--check]
 *
 * Writes src/taxonomy/data/extended.ts and src/packs/data/onet-technology.json. The sources are not in the repo, so
 * developers run this and commit the output; CI only tests the generated files. `--check` prints the report
 * without writing.
 *
 * What it does, in order: parse the curated tables; add source aliases (O*NET vendor-qualified names,
 * github/explore and linguist spelling variants); add linguist programming languages that the other sources
 * corroborate; apply ambiguous-terms.json; demote one-word English forms from `safe`; drop every id and form that
 * core.ts claims; give each form to one skill only; add `implies` for forms that contain a contract skill's name
 * (so "Teradata SQL" still counts as sql when the longer alias wins the match).
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import nlp from 'compromise';
import { CURATED, SOFT_SKILLS, SAFE_DESPITE_WORD, ONET_GENERIC_PATTERNS, ONET_EXCLUDE, ONET_CATEGORY_BY_COMMODITY, LINGUIST_ALIAS_BLOCK } from './taxonomy-curation.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const sourcesDir = argv.includes('--sources') ? resolve(argv[argv.indexOf('--sources') + 1]) : resolve(root, '../shared/taxonomy-sources');
const checkOnly = argv.includes('--check');

const { CORE_SKILLS } = await import(join(root, 'src/taxonomy/data/core.ts'));
const { tokenize } = await import(join(root, 'src/taxonomy/tokenize.ts'));
const { SkillEntrySchema, TAXONOMY_CATEGORIES } = await import(join(root, 'src/schema.ts'));

const readJson = (f) => JSON.parse(readFileSync(join(sourcesDir, f), 'utf8'));
const onet = readJson('onet-technology-skills.json').skills;
const contentModel = readJson('onet-content-model-skills.json').skills;
const linguist = readJson('linguist-languages.json').skills;
const explore = readJson('github-explore-topics.json').skills;
const ambiguous = readJson('ambiguous-terms.json').terms;
const escoTransversal = readCsvLabels('esco-v1.1.1-transversalSkillsCollection_en.csv');
const escoDigital = readCsvLabels('esco-v1.1.1-digitalSkillsCollection_en.csv');

const report = [];
const note = (msg) => report.push(msg);

// ------------------------------------------------------------------ keys and word tests

/** The matcher's key: lower-cased tokens joined by a space ("Node.js" -> "node js"). */
const aliasKey = (form) => tokenize(form).lower.join(' ');
/** A stricter key for duplicate checks: "nodejs", "Node.js" and "node-js" are one. */
const compactKey = (form) => tokenize(form).lower.join('');

const wink = winkNLP(winkModel).readDoc('x');
const compromiseLexicon = nlp.model().one.lexicon;
const safeDespiteWord = new Set(SAFE_DESPITE_WORD);
/** An ordinary English word or a first name, by the two lexicons the project already ships. */
function isEnglishWord(word) {
  const w = word.toLowerCase();
  if (safeDespiteWord.has(w)) return false;
  if (!/^[a-z]+$/.test(w)) return false;
  const known = (x) => !wink.isOOV(x) || compromiseLexicon[x] !== undefined;
  // Plurals count too ("Debuggers", "Squeegees").
  return known(w) || (w.length > 4 && w.endsWith('s') && known(w.slice(0, -1)));
}

/** Small words a product name may contain in lower case ("Lots of Links", "Tools for Excel"). */
const FUNCTION_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'de', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with', 'et', 'la', 'le', 'du']);
/** O*NET names that describe a kind of tool ("Intrusion prevention system IPS", "AERONET calculator"): a product
 *  name capitalises its words, a description does not. */
function isDescriptiveName(name) {
  const words = name.split(/\s+/).slice(1);
  return words.some((w) => /^[a-z]{3,}$/.test(w) && !FUNCTION_WORDS.has(w));
}
const isOneWord = (form) => tokenize(form).count === 1;

const POLICIES = { 'case-sensitive-token+context': 'exact-case', 'bare-needs-context': 'context', 'qualified-only': 'qualified', safe: 'safe' };
const MARKERS = { '?': 'context', '^': 'exact-case', '~': 'qualified' };

// ------------------------------------------------------------------ the curated tables

/** One row "id | Name | alias; alias | options" -> a draft entry. */
function parseRow(line, category, origin) {
  const cols = line.split('|').map((c) => c.trim());
  const [id, name] = cols;
  let aliasCol = cols[2] ?? '';
  let optCol = cols[3] ?? '';
  if (/^(?:p|imp|noimp|cue|src):/.test(aliasCol)) [aliasCol, optCol] = ['', aliasCol];
  const entry = { id, name, category, policy: 'safe', forms: new Map(), implies: new Set(), noImply: new Set(), cues: [], origin, src: [] };
  for (const tok of optCol.split(/\s+(?=(?:p|imp|noimp|cue|src):)/).filter(Boolean)) {
    const [k, ...rest] = tok.split(':');
    const v = rest.join(':').trim();
    if (k === 'p') entry.policy = v;
    else if (k === 'imp') v.split(',').forEach((x) => entry.implies.add(x));
    else if (k === 'noimp') v.split(',').forEach((x) => entry.noImply.add(x));
    else if (k === 'cue') entry.cues = v.split(/\s+/);
    else if (k === 'src') entry.src.push(v);
  }
  addForm(entry, name, entry.policy, 'curated');
  for (const raw of aliasCol.split(';').map((a) => a.trim()).filter(Boolean)) {
    const marker = MARKERS[raw.at(-1)];
    addForm(entry, marker ? raw.slice(0, -1).trim() : raw, marker ?? 'safe', 'curated');
  }
  return entry;
}

/** Adds a surface form unless the entry already has one with the same compact key. */
function addForm(entry, form, policy, from) {
  const key = compactKey(form);
  if (!key || entry.forms.has(key)) return false;
  entry.forms.set(key, { form, policy, from });
  return true;
}

function parseTable(text, category, origin) {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => parseRow(l, category, origin));
}

const entries = [];
for (const [category, table] of Object.entries(CURATED)) {
  if (!TAXONOMY_CATEGORIES.includes(category)) throw new Error(`unknown category ${category}`);
  entries.push(...parseTable(table, category, 'curated'));
}
entries.push(...parseTable(SOFT_SKILLS, 'soft-skill', 'soft'));

// Soft skills name their source concept: check it exists, so a typo in the overlay shows up here.
const contentModelNames = new Set(contentModel.map((s) => s.name.toLowerCase()));
for (const e of entries) {
  for (const s of e.src) {
    const [kind, ...rest] = s.split(':');
    const label = rest.join(':').toLowerCase();
    const ok = kind === 'onet-cm' ? contentModelNames.has(label) : kind === 'esco' ? [...escoTransversal].some((l) => l.startsWith(label)) : false;
    if (!ok) note(`source concept not found for ${e.id}: ${s}`);
  }
}

// ------------------------------------------------------------------ source aliases

const byCompact = new Map();
const indexForms = () => {
  byCompact.clear();
  for (const e of entries) for (const key of e.forms.keys()) if (!byCompact.has(key)) byCompact.set(key, e);
};
indexForms();

/** Vendors O*NET prefixes to product names ("Apache Kafka", "Amazon Web Services AWS CloudFormation"). */
const VENDORS = [
  'Amazon Web Services AWS', 'Amazon Web Services', 'Amazon', 'Apache', 'Microsoft', 'Google', 'IBM', 'Oracle', 'SAP', 'Adobe',
  'Atlassian', 'The MathWorks', 'Red Hat', 'Autodesk', 'Cisco', 'Salesforce', 'Hewlett-Packard HP', 'Hewlett Packard Enterprise HPE',
  'Apple', 'Intuit', 'Dassault Systemes', 'Bentley', 'Trimble', 'ESRI', 'Esri', 'SAS', 'StataCorp', 'Wolfram Research', 'Minitab',
  'Facebook', 'Meta', 'Elastic', 'Cloudera', 'TIBCO', 'Qlik', 'QlikTech', 'Informatica', 'Teradata', 'Splunk', 'VMware', 'Dell',
  'National Instruments', 'NI', 'Unity Technologies', 'Epic Systems', 'Eclipse', 'HashiCorp', 'JetBrains', 'Micro Focus',
  'Progress', 'Quest', 'Embarcadero', 'Sun Microsystems', 'Novell', 'Symantec', 'McAfee', 'Corel', 'Intel', 'NVIDIA',
];
const vendorPattern = new RegExp(`^(?:${VENDORS.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}) `);

function strippedName(name) {
  let s = name.replace(vendorPattern, '');
  s = s.replace(/ software$/i, '');
  return s === name ? null : s;
}

const isGenericOnet = (name) => ONET_EXCLUDE.includes(name.toLowerCase()) || ONET_GENERIC_PATTERNS.some((re) => re.test(name));

const onetCovered = new Set();
for (const item of onet) {
  const stripped = strippedName(item.name);
  const target = byCompact.get(compactKey(item.name)) ?? (stripped ? byCompact.get(compactKey(stripped)) : undefined);
  if (!target) continue;
  onetCovered.add(item.name);
  // The vendor-qualified name is a safe alias ("Atlassian Confluence", "Apache Maven").
  if (!isGenericOnet(item.name) && !isOneWord(item.name)) addForm(target, item.name, 'safe', 'onet');
  if (item.hotTechnology) target.hot = true;
}

/** github/explore aliases are topic slugs; keep only spelling variants of the name ("reactjs", "vue-js"). */
for (const topic of explore) {
  const target = byCompact.get(compactKey(topic.name)) ?? byCompact.get(compactKey(topic.topic));
  if (!target) continue;
  const base = compactKey(topic.name);
  for (const a of [topic.topic, ...topic.aliases]) {
    const k = a.replace(/-/g, '').toLowerCase();
    if (k === base || k === `${base}js` || `${k}` === `${base}lang` || k === `${base}db`) {
      const form = a.includes('-') ? a : a;
      addForm(target, form, isOneWord(form) && isEnglishWord(form) ? 'context' : 'safe', 'github-explore');
    }
  }
}

/** Linguist aliases include code-fence tags ("py", "node", "inc", "rb"): only long, non-word aliases survive. */
const linguistBlock = new Set(LINGUIST_ALIAS_BLOCK);
function usableLinguistAlias(a) {
  const k = a.toLowerCase();
  return k.length >= 5 && !linguistBlock.has(k) && !isEnglishWord(k);
}
for (const lang of linguist) {
  const target = byCompact.get(compactKey(lang.name));
  if (!target) continue;
  for (const a of lang.aliases) if (usableLinguistAlias(a)) addForm(target, a, 'safe', 'linguist');
}

// ------------------------------------------------------------------ linguist languages the other sources corroborate

const onetCompact = new Set();
for (const item of onet) {
  onetCompact.add(compactKey(item.name));
  const s = strippedName(item.name);
  if (s) onetCompact.add(compactKey(s));
}
const exploreCompact = new Set(explore.flatMap((t) => [compactKey(t.name), compactKey(t.topic)]));
const escoDigitalCompact = new Set([...escoDigital].map((l) => compactKey(l.replace(/\s*\(computer programming\)$/i, ''))));
let linguistAdded = 0;
for (const lang of linguist) {
  if (lang.category !== 'programming_language') continue;
  const key = compactKey(lang.name);
  if (byCompact.has(key)) continue;
  const votes = [lang.popular, onetCompact.has(key), exploreCompact.has(key), escoDigitalCompact.has(key)].filter(Boolean).length;
  if (votes < 2) continue;
  const id = slug(lang.name);
  const entry = { id, name: lang.name, category: 'language', policy: 'safe', forms: new Map(), implies: new Set(), noImply: new Set(), cues: [], origin: 'linguist', src: [] };
  addForm(entry, lang.name, 'safe', 'linguist');
  for (const a of lang.aliases) if (usableLinguistAlias(a)) addForm(entry, a, 'safe', 'linguist');
  entries.push(entry);
  linguistAdded++;
}
note(`linguist languages added (corroborated by 2+ sources): ${linguistAdded}`);
indexForms();

// ------------------------------------------------------------------ ambiguity

const STRICTNESS = { safe: 0, context: 1, 'exact-case': 2, qualified: 3 };
for (const term of ambiguous) {
  const policy = POLICIES[term.policy] ?? 'context';
  const bareKey = compactKey(term.term);
  for (const e of entries) {
    const f = e.forms.get(bareKey);
    if (f && STRICTNESS[f.policy] < STRICTNESS[policy] && !(policy === 'context' && f.policy === 'exact-case')) {
      if (f.policy !== 'safe' || policy !== 'safe') f.policy = policy;
    }
  }
  // The term's safe forms belong to the skill whose name is the canonical one.
  const owner = byCompact.get(compactKey(term.canonical));
  if (!owner) continue;
  for (const sf of term.safeForms) {
    const other = byCompact.get(compactKey(sf));
    if (other && other !== owner) continue; // "React Native", "Spring Boot" are skills of their own
    if (!isOneWord(sf) || !isEnglishWord(sf)) addForm(owner, sf, 'safe', 'ambiguous-terms');
  }
}

const demoted = [];
for (const e of entries) {
  for (const f of e.forms.values()) {
    if (f.policy === 'safe' && isOneWord(f.form) && isEnglishWord(f.form)) {
      f.policy = 'context';
      demoted.push(f.form);
    }
  }
  const nameForm = e.forms.get(compactKey(e.name));
  if (nameForm) e.policy = nameForm.policy;
}
note(`one-word English forms demoted to context (${demoted.length}): ${demoted.join(', ')}`);

// ------------------------------------------------------------------ core wins; one owner per form

const coreIds = new Set(CORE_SKILLS.map((e) => e.id));
const coreForms = new Map(); // compact key -> { id, policy, form }
const coreAliasKeys = new Map(); // matcher key -> { id, policy }
for (const e of CORE_SKILLS) {
  const policy = e.policy ?? 'safe';
  for (const a of [e.name, ...(e.aliases ?? [])]) {
    const form = typeof a === 'string' ? a : a.form;
    const p = typeof a === 'string' ? policy : a.policy;
    coreForms.set(compactKey(form), { id: e.id, policy: p, form });
    coreAliasKeys.set(aliasKey(form), { id: e.id, policy: p, form });
  }
}

const kept = [];
const owners = new Map();
const ids = new Set(coreIds);
for (const e of entries) {
  if (ids.has(e.id)) {
    note(`dropped ${e.id}: id taken (${coreIds.has(e.id) ? 'core' : 'extended'})`);
    continue;
  }
  if (coreForms.has(compactKey(e.name))) {
    note(`dropped ${e.id}: core claims its name "${e.name}" (${coreForms.get(compactKey(e.name)).id})`);
    continue;
  }
  for (const [key, f] of [...e.forms]) {
    const core = coreForms.get(key) ?? coreAliasKeys.get(aliasKey(f.form));
    if (core) {
      e.forms.delete(key);
      note(`dropped form "${f.form}" of ${e.id}: core ${core.id} claims it`);
      continue;
    }
    const other = owners.get(key);
    if (other && other !== e.id) {
      e.forms.delete(key);
      note(`dropped form "${f.form}" of ${e.id}: already a form of ${other}`);
      continue;
    }
    owners.set(key, e.id);
  }
  ids.add(e.id);
  kept.push(e);
}

// ------------------------------------------------------------------ implies: a longer alias must not hide a contract skill

/** Core forms whose presence inside a longer form means the contract skill is named (exact-case letters excluded). */
const IMPLY_EXCLUDED_FORMS = new Set(['google']);
function containedCoreSkills(form) {
  const toks = tokenize(form).lower;
  const found = new Set();
  for (let i = 0; i < toks.length; i++) {
    for (let j = i + 1; j <= toks.length; j++) {
      const hit = coreAliasKeys.get(toks.slice(i, j).join(' '));
      if (hit && hit.policy !== 'exact-case' && hit.policy !== 'qualified' && !IMPLY_EXCLUDED_FORMS.has(hit.form.toLowerCase())) found.add(hit.id);
    }
  }
  // LABELLING ruling 12: every name containing SQL is sql, NoSQL excepted.
  const compact = compactKey(form);
  if (compact.includes('sql') && !compact.includes('nosql')) found.add('sql');
  return found;
}
for (const e of kept) {
  for (const f of e.forms.values()) for (const id of containedCoreSkills(f.form)) if (!e.noImply.has(id)) e.implies.add(id);
  for (const id of e.implies) if (!ids.has(id)) throw new Error(`${e.id} implies unknown id ${id}`);
}

// ------------------------------------------------------------------ output: extended.ts

/** A SkillEntry as written: bare strings for forms with the entry's policy, objects for the others. */
function toSkillEntry(e) {
  const aliases = [];
  for (const f of e.forms.values()) {
    if (f.form === e.name && f.policy === e.policy) continue;
    aliases.push(f.policy === e.policy ? f.form : { form: f.form, policy: f.policy });
  }
  const out = { id: e.id, name: e.name, category: e.category };
  if (e.policy !== 'safe') out.policy = e.policy;
  out.aliases = aliases;
  const hasAmbiguous = e.policy !== 'safe' || aliases.some((a) => typeof a !== 'string' && a.policy !== 'safe');
  if (hasAmbiguous && e.cues.length) out.cues = e.cues;
  if (e.implies.size) out.implies = [...e.implies];
  SkillEntrySchema.parse(out);
  return out;
}

const CATEGORY_ORDER = TAXONOMY_CATEGORIES;
const extended = kept.map(toSkillEntry).sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category));

function literal(v) {
  if (typeof v === 'string') return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (Array.isArray(v)) return `[${v.map(literal).join(', ')}]`;
  return `{ ${Object.entries(v).map(([k, x]) => `${k}: ${literal(x)}`).join(', ')} }`;
}

const lines = [
  '// GENERATED by scripts/build-taxonomy.mjs from ../shared/taxonomy-sources and scripts/taxonomy-curation.mjs.',
  '// Do not edit by hand: change the curation overlay and rerun the script. Sources and licences: NOTICE.',
  "import type { SkillEntry } from '../../schema.js';",
  '',
  '/**',
  ' * The skills jobsift knows beyond the 66 contract skills of core.ts: languages, databases, data engineering,',
  ' * MLOps, cloud services (which imply their cloud), BI tools, web frameworks, devops, methods, domains and soft skills.',
  ' * Core wins every conflict (default.ts); none of these ids or forms is one of core\'s.',
  ' */',
  'export const EXTENDED_SKILLS: SkillEntry[] = [',
];
let lastCategory = '';
for (const e of extended) {
  if (e.category !== lastCategory) {
    lines.push(`  // ---------------------------------------------------------------- ${e.category}`);
    lastCategory = e.category;
  }
  lines.push(`  ${literal(e)},`);
}
lines.push('];', '');

// ------------------------------------------------------------------ output: the O*NET technology pack

const extendedForms = new Set(owners.keys());
/** A stripped alias that is another O*NET row's full name stays with that row. */
const onetCompactNames = new Set(onet.map((i) => compactKey(i.name)));
const taken = (key) => coreForms.has(key) || extendedForms.has(key);
const pack = [];
const packOwners = new Map();
let packDropped = 0;
for (const item of onet) {
  if (onetCovered.has(item.name) || isGenericOnet(item.name)) {
    packDropped++;
    continue;
  }
  let name = item.name;
  // "Yardi software" -> "Yardi"; "Accounting software" was dropped above as generic.
  if (/ software$/i.test(name)) name = name.replace(/ software$/i, '');
  const key = compactKey(name);
  if (!key || taken(key) || packOwners.has(key) || containedOnlyCore(name)) {
    packDropped++;
    continue;
  }
  let id = slug(name);
  if (!id || ids.has(id) || pack.some((p) => p.id === id)) id = `onet-${id}`;
  if (ids.has(id) || pack.some((p) => p.id === id)) {
    packDropped++;
    continue;
  }
  if (isDescriptiveName(name)) {
    packDropped++;
    continue;
  }
  // A one-word name that is also a word: distinctive casing ("PuTTY", "HARVEST") needs exact case, else never alone.
  const oneWordEnglish = isOneWord(name) && isEnglishWord(name);
  const policy = !oneWordEnglish ? 'safe' : /^[A-Z][a-z]+$/.test(name) ? 'qualified' : 'exact-case';
  const aliases = [];
  const stripped = strippedName(name);
  if (stripped) {
    const sk = compactKey(stripped);
    if (sk && !taken(sk) && !packOwners.has(sk) && !onetCompactNames.has(sk) && (!isOneWord(stripped) || (!isEnglishWord(stripped) && sk.length >= 4))) {
      aliases.push(stripped);
      packOwners.set(sk, id);
    }
  }
  packOwners.set(key, id);
  const entry = { id, name, category: ONET_CATEGORY_BY_COMMODITY[item.category] ?? 'tool' };
  if (policy !== 'safe') entry.policy = policy;
  entry.aliases = aliases;
  const implies = new Set();
  for (const f of [name, ...aliases]) for (const c of containedCoreSkills(f)) implies.add(c);
  if (implies.size) entry.implies = [...implies];
  SkillEntrySchema.parse(entry);
  pack.push(entry);
}
note(`O*NET pack: ${pack.length} entries, ${packDropped} names dropped (generic, covered by core/extended, or duplicates)`);

/** A name that is nothing but a core form ("Apache Spark" is core's). */
function containedOnlyCore(name) {
  return coreAliasKeys.has(aliasKey(name));
}

// ------------------------------------------------------------------ write

const counts = {};
for (const e of extended) counts[e.category] = (counts[e.category] ?? 0) + 1;
note(`extended: ${extended.length} skills; by category ${JSON.stringify(counts)}`);
console.log(report.join('\n'));
if (!checkOnly) {
  writeFileSync(join(root, 'src/taxonomy/data/extended.ts'), lines.join('\n'));
  mkdirSync(join(root, 'src/packs/data'), { recursive: true });
  writeFileSync(join(root, 'src/packs/data/onet-technology.json'), `[\n${pack.map((p) => JSON.stringify(p)).join(',\n')}\n]\n`);
  console.log('wrote src/taxonomy/data/extended.ts and src/packs/data/onet-technology.json');
}

// ------------------------------------------------------------------ helpers

function slug(name) {
  return name
    .toLowerCase()
    .replace(/\+\+/g, 'pp')
    .replace(/#/g, 'sharp')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The preferred labels and alternative labels of an ESCO collection CSV, lower-cased. */
function readCsvLabels(file) {
  const text = readFileSync(join(sourcesDir, file), 'utf8');
  const rows = parseCsv(text);
  const header = rows[0];
  const pref = header.indexOf('preferredLabel');
  const alt = header.indexOf('altLabels');
  const labels = new Set();
  for (const r of rows.slice(1)) {
    if (r[pref]) labels.add(r[pref].toLowerCase());
    for (const a of (r[alt] ?? '').split(/\s*\|\s*|\n/)) if (a) labels.add(a.toLowerCase());
  }
  return labels;
}

function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
