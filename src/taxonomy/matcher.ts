import type { MatchPolicy, SkillEntryParsed } from '../schema.js';
import { addressTokens, tokenize, type Tokens } from './tokenize.js';

/**
 * The skill matcher: every alias becomes a path of lower-cased tokens in a trie of Maps, built once per taxonomy.
 * A scan is one pass over the text's tokens; at each token it walks the trie as far as the tokens go and keeps
 * the longest alias that ends there. The cost per token is a few Map lookups, whatever the taxonomy's size.
 * Ambiguous forms are reported with their policy; the skills extractor decides on them from context.
 */

/** One skill of the compiled taxonomy. */
export interface CompiledSkill {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly implies: readonly string[];
  /** Lower-case tokens that corroborate an ambiguous form of this skill. */
  readonly cues: ReadonlySet<string>;
}

/** An alias that ends at a trie node. */
export interface AliasTerminal {
  /** Index into `CompiledTaxonomy.skills`. */
  readonly skill: number;
  /** The alias as written in the taxonomy. */
  readonly form: string;
  readonly policy: Exclude<MatchPolicy, 'qualified'>;
  /** The alias's tokens in their written case (for exact-case checks). */
  readonly caseTokens: readonly string[];
}

/** One longest match in the text. */
export interface SkillCandidate {
  /** Every alias ending here (more than one only for aliases shared on purpose, such as "Spark SQL"). */
  readonly terminals: readonly AliasTerminal[];
  /** Token indices, inclusive. */
  readonly firstToken: number;
  readonly lastToken: number;
  /** Offsets in the scanned text. */
  readonly start: number;
  readonly end: number;
  /** The last token matched only after dropping a plural "s" or a version number. */
  readonly inflected: boolean;
}

export interface ScanResult {
  readonly tokens: Tokens;
  readonly candidates: SkillCandidate[];
}

export interface CompiledTaxonomy {
  readonly entries: readonly SkillEntryParsed[];
  readonly skills: readonly CompiledSkill[];
  /** Skill index by id. */
  readonly byId: ReadonlyMap<string, number>;
  /** Number of distinct alias keys in the trie. */
  readonly aliasCount: number;
  /** Finds the longest alias matches in text[from, to). */
  scan(text: string, from?: number, to?: number): ScanResult;
}

interface TrieNode {
  next: Map<string, TrieNode> | null;
  terminals: AliasTerminal[] | null;
  /** Reached through a plural "s" added at compile time ("neural networks"). */
  inflected: boolean;
}

const newNode = (): TrieNode => ({ next: null, terminals: null, inflected: false });

/** Adds the plural of every alias's last token as its own edge, so plurals cost nothing at scan time. */
function addPlurals(node: TrieNode): void {
  if (!node.next) return;
  const additions: [string, TrieNode][] = [];
  for (const [token, child] of node.next) {
    addPlurals(child);
    if (!child.terminals || child.inflected || token.length < 3 || token.endsWith('s') || !/[a-z]$/.test(token)) continue;
    if (!node.next.has(`${token}s`)) additions.push([`${token}s`, { next: null, terminals: child.terminals, inflected: true }]);
  }
  for (const [token, child] of additions) node.next.set(token, child);
}

/** Abbreviations whose dot does not end a sentence inside a product name ("Dr. Ceph", "MachineWorks Ltd. X"). */
const ABBREVIATIONS = new Set(['dr', 'inc', 'ltd', 'st', 'co', 'corp', 'jr', 'sr', 'mr', 'mrs']);

/**
 * Whether the gap between two tokens may join them in one alias: "scikit-learn", "CI/CD", "Power BI", and one line
 * break, since scraped postings wrap lines inside phrases ("data\nanalysis"). A dot joins when it stands alone
 * between two tokens ("Node.js", "ASP.NET"); a dot with a space or line break after it ends a sentence
 * ("intelligence. Analysis"), unless it ends an abbreviation or dotted initials ("U.S. Department").
 */
function joinable(text: string, tokens: Tokens, left: number): boolean {
  const from = tokens.end[left]!;
  const to = tokens.start[left + 1]!;
  if (to - from > 3) return false;
  if (text.charCodeAt(from) === 0x2e) {
    if (to - from === 1) return true;
    const word = tokens.lower[left]!;
    const initial = word.length === 1 && text.charCodeAt(from - 2) === 0x2e;
    if (!initial && !ABBREVIATIONS.has(word)) return false;
    return text.charCodeAt(from + 1) === 0x20 && to - from === 2;
  }
  let breaks = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a && ++breaks === 1) continue;
    if (c !== 0x20 && c !== 0x2d && c !== 0x2f && c !== 0x5f) return false;
  }
  // Across a line break only a wrapped sentence joins: the next line goes on in lower case ("data\nanalysis"),
  // as segment.ts reads continuations; "team\nWork" is the end of one bullet and the start of the next.
  if (breaks > 0) {
    const next = text.charCodeAt(to);
    return next >= 0x61 && next <= 0x7a;
  }
  return true;
}

const VERSIONED = /^([a-z][a-z.+#]{2,})\d{1,2}$/;

/** Set by `childOf`: the last step matched only after dropping a version number ("Python3"). */
let lastStepInflected = false;

function childOf(node: TrieNode, token: string): TrieNode | undefined {
  const next = node.next;
  if (!next) return undefined;
  const exact = next.get(token);
  if (exact) {
    lastStepInflected = exact.inflected;
    return exact;
  }
  // Glued versions ("Python3", "TensorFlow2"); plurals are edges of the trie already.
  const n = token.length;
  const c = token.charCodeAt(n - 1);
  if (n < 4 || c < 0x30 || c > 0x39) return undefined;
  const m = VERSIONED.exec(token);
  const stem = m ? next.get(m[1]!) : undefined;
  lastStepInflected = true;
  return stem;
}

function aliasesOf(entry: SkillEntryParsed): { form: string; policy: MatchPolicy }[] {
  const list: { form: string; policy: MatchPolicy }[] = [];
  const listed = new Set<string>();
  for (const a of entry.aliases) {
    const alias = typeof a === 'string' ? { form: a, policy: entry.policy } : a;
    list.push(alias);
    listed.add(alias.form);
  }
  if (!listed.has(entry.name)) list.unshift({ form: entry.name, policy: entry.policy });
  return list;
}

/** The normalised key of a surface form: its lower-cased tokens joined by spaces. */
export function aliasKey(form: string): string {
  return tokenize(form).lower.join(' ');
}

function compile(entries: readonly SkillEntryParsed[]): CompiledTaxonomy {
  const root = newNode();
  const skills: CompiledSkill[] = [];
  const byId = new Map<string, number>();
  let aliasCount = 0;

  for (const entry of entries) {
    if (byId.has(entry.id)) continue; // the first entry with an id wins (custom before default)
    const skill = skills.length;
    byId.set(entry.id, skill);
    skills.push({
      id: entry.id,
      name: entry.name,
      category: entry.category,
      implies: entry.implies ?? [],
      cues: new Set((entry.cues ?? []).flatMap((c) => tokenize(c).lower)),
    });
    const shared = new Set((entry.sharedAliases ?? []).map(aliasKey));
    for (const { form, policy } of aliasesOf(entry)) {
      if (policy === 'qualified') continue;
      const toks = tokenize(form);
      if (toks.count === 0) continue;
      let node = root;
      for (const t of toks.lower) {
        node.next ??= new Map();
        let child = node.next.get(t);
        if (!child) node.next.set(t, (child = newNode()));
        node = child;
      }
      const key = toks.lower.join(' ');
      const caseTokens = toks.start.map((s, i) => form.slice(s, toks.end[i]));
      const terminal: AliasTerminal = { skill, form, policy, caseTokens };
      if (!node.terminals) {
        node.terminals = [terminal];
        aliasCount++;
        continue;
      }
      const existing = node.terminals;
      if (existing.some((t) => t.skill === skill)) continue;
      // An alias claimed by an earlier skill stays with it, unless both mark it as shared.
      const sharedByAll = shared.has(key) && existing.every((t) => sharedKeysOf(entries, skills[t.skill]!.id).has(key));
      if (sharedByAll) existing.push(terminal);
    }
  }

  addPlurals(root);
  return {
    entries,
    skills,
    byId,
    aliasCount,
    scan(text: string, from = 0, to = text.length): ScanResult {
      const tokens = tokenize(text, from, to);
      const { count, start, end, lower } = tokens;
      const address = addressTokens(text, tokens, from, to);
      const candidates: SkillCandidate[] = [];
      let i = 0;
      while (i < count) {
        if (address[i]) {
          i++;
          continue;
        }
        let node: TrieNode = root;
        let best: AliasTerminal[] | null = null;
        let bestLast = -1;
        let bestInflected = false;
        for (let j = i; j < count; j++) {
          if (j > i && (address[j] || !joinable(text, tokens, j - 1))) break;
          const child = childOf(node, lower[j]!);
          if (!child) break;
          node = child;
          if (node.terminals) {
            best = node.terminals;
            bestLast = j;
            bestInflected = lastStepInflected;
          }
          if (!node.next) break;
        }
        if (best) {
          candidates.push({ terminals: best, firstToken: i, lastToken: bestLast, start: start[i]!, end: end[bestLast]!, inflected: bestInflected });
          i = bestLast + 1;
        } else {
          i++;
        }
      }
      return { tokens, candidates };
    },
  };
}

const sharedCache = new WeakMap<readonly SkillEntryParsed[], Map<string, Set<string>>>();
function sharedKeysOf(entries: readonly SkillEntryParsed[], id: string): Set<string> {
  let byId = sharedCache.get(entries);
  if (!byId) {
    byId = new Map();
    for (const e of entries) if (!byId.has(e.id)) byId.set(e.id, new Set((e.sharedAliases ?? []).map(aliasKey)));
    sharedCache.set(entries, byId);
  }
  return byId.get(id) ?? new Set();
}

const compiled = new WeakMap<readonly SkillEntryParsed[], CompiledTaxonomy>();

/** Compiles a taxonomy once; the result is cached per entries array. */
export function compileTaxonomy(entries: readonly SkillEntryParsed[]): CompiledTaxonomy {
  let c = compiled.get(entries);
  if (!c) {
    c = compile(entries);
    compiled.set(entries, c);
  }
  return c;
}
