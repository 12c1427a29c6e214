import { FIELD_ALIASES, NOT_FIELD_PHRASES, RELATED_FIELD_PATTERNS } from '../lexicon/fields.js';

/** One degree-field mention in `doc.text` (offsets into the normalised text). */
export interface FieldMention {
  start: number;
  end: number;
  id: string;
}

interface Token {
  /** Lower-cased word, or the punctuation character itself. */
  key: string;
  raw: string;
  start: number;
  end: number;
}

/** Alias word sequences by their first word, longest first: "computer" -> [["computer","science"], ...]. */
const ALIAS_INDEX: ReadonlyMap<string, { words: string[]; id: string }[]> = (() => {
  const m = new Map<string, { words: string[]; id: string }[]>();
  for (const f of FIELD_ALIASES) {
    for (const a of f.aliases) {
      const words = tokenize(a).map((t) => t.key);
      const list = m.get(words[0]!) ?? [];
      list.push({ words, id: f.id });
      m.set(words[0]!, list);
    }
  }
  for (const list of m.values()) list.sort((a, b) => b.words.length - a.words.length);
  return m;
})();

/** Skill names that hold an alias ("business intelligence"), by their first word, as word lists. */
const NOT_FIELD_INDEX: ReadonlyMap<string, string[][]> = (() => {
  const m = new Map<string, string[][]>();
  for (const p of NOT_FIELD_PHRASES) {
    const words = tokenize(p).map((t) => t.key);
    m.set(words[0]!, [...(m.get(words[0]!) ?? []), words]);
  }
  return m;
})();

/** The length in tokens of a skill name that starts at `tokens[i]`, or 0. */
function notFieldLength(tokens: readonly Token[], i: number): number {
  for (const words of NOT_FIELD_INDEX.get(tokens[i]!.key) ?? []) {
    if (words.every((w, k) => tokens[i + k]?.key === w)) return words.length;
  }
  return 0;
}

/** The longest alias starting with `first` whose other words follow at `rest[from..]`. */
function matchAlias(first: string, rest: readonly Token[], from: number): { id: string; length: number } | null {
  for (const alias of ALIAS_INDEX.get(first) ?? []) {
    let ok = true;
    for (let k = 1; k < alias.words.length && ok; k++) ok = rest[from + k - 1]?.key === alias.words[k];
    if (ok) return { id: alias.id, length: alias.words.length };
  }
  return null;
}

/** Exact-case acronyms ("CS", "IS", "EE") -> field id. */
const EXACT_INDEX: ReadonlyMap<string, string> = new Map(FIELD_ALIASES.flatMap((f) => (f.exact ?? []).map((e) => [e, f.id] as [string, string])));
/** First words of an alias or of a skill name: a token that is none of these (nor an acronym) starts nothing. */
const FIRST_WORDS: ReadonlySet<string> = new Set([...ALIAS_INDEX.keys(), ...NOT_FIELD_INDEX.keys()]);
/** The longest exact-case acronym, so longer tokens skip that lookup. */
const EXACT_MAX_LENGTH = Math.max(...[...EXACT_INDEX.keys()].map((e) => e.length));
/** Acronyms that are also English words: only as items of a list. */
const LIST_ONLY = new Set(['IS', 'IT', 'OR']);
const LIST_PUNCT = new Set([',', '/', '(', ')', 'or', 'and', 'in', '&', ';']);
const RELATED_RE = new RegExp(`(?<![a-z])(?:${RELATED_FIELD_PATTERNS.join('|')})(?![a-z])`, 'i');

function isAsciiLetter(c: number): boolean {
  return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
}

/** , ; / ( ) & */
function isListPunctuation(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x2f || c === 0x28 || c === 0x29 || c === 0x26;
}

/** The tokens of [start, end) of `text` (offsets into `text`): what TOKEN_RE finds, read with a character loop. */
function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  for (let i = start; i < end; ) {
    const c = text.charCodeAt(i);
    if (isAsciiLetter(c)) {
      let j = i + 1;
      while (j < end && isAsciiLetter(text.charCodeAt(j))) j++;
      const raw = text.slice(i, j);
      out.push({ key: raw.toLowerCase(), raw, start: i, end: j });
      i = j;
    } else {
      if (isListPunctuation(c)) {
        const raw = text.charAt(i);
        out.push({ key: raw, raw, start: i, end: i + 1 });
      }
      i++;
    }
  }
  return out;
}

const LIST_CONNECTORS = new Set([',', '/', 'or', 'and', '&']);

/**
 * A modifier that shares the head noun of a later list item: "chemical, physical, or biological science" names
 * "chemical science"; "Electrical or Mechanical Engineering" names "electrical engineering". The list is read as
 * (connectors, one word)* up to the first word that starts an alias; at most 8 tokens ahead.
 */
function sharedHeadAlias(t: Token, tokens: readonly Token[], i: number): string | null {
  if (!LIST_CONNECTORS.has(tokens[i + 1]?.key ?? '') || !ALIAS_INDEX.has(t.key)) return null;
  let j = i + 1;
  while (j < tokens.length && j <= i + 8) {
    while (j < tokens.length && LIST_CONNECTORS.has(tokens[j]!.key)) j++;
    const w = tokens[j];
    if (!w || !/^[a-z]/.test(w.key)) return null;
    const later = matchAlias(w.key, tokens, j + 1);
    if (later) {
      // The head is what follows the later item's first word, or that word itself ("engineering").
      const head = later.length > 1 ? tokens.slice(j + 1, j + later.length) : [w];
      const own = ALIAS_INDEX.get(t.key)!.find((a) => a.words.length === head.length + 1 && head.every((h, k) => a.words[k + 1] === h.key));
      return own?.id ?? null;
    }
    if (!LIST_CONNECTORS.has(tokens[j + 1]?.key ?? '')) return null;
    j++;
  }
  return null;
}

/**
 * Field ids named in [start, end) of `text`, longest alias first ("electrical engineering" before "engineering"),
 * with "A/B C" read as "A C" and "B C" ("Health/Medical Informatics").
 */
export function findFieldMentions(text: string, start: number, end: number): FieldMention[] {
  const tokens = tokenize(text, start, end);
  const out: FieldMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    // Most tokens start no alias, skill name or acronym: every branch below would pass them by.
    if (!FIRST_WORDS.has(t.key) && (t.raw.length > EXACT_MAX_LENGTH || !EXACT_INDEX.has(t.raw))) {
      i++;
      continue;
    }
    const skill = notFieldLength(tokens, i);
    if (skill) {
      i += skill;
      continue;
    }
    let matched = 0;
    const direct = matchAlias(t.key, tokens, i + 1);
    if (direct) {
      out.push({ start: t.start, end: tokens[i + direct.length - 1]!.end, id: direct.id });
      matched = direct.length;
    } else if (tokens[i + 1]?.key === '/' && tokens[i + 2]) {
      // "Health/Medical Informatics": the first word with the words after the second.
      const shared = matchAlias(t.key, tokens, i + 3);
      if (shared) {
        out.push({ start: t.start, end: t.end, id: shared.id });
        matched = 1;
      }
    }
    if (!matched) {
      const shared = sharedHeadAlias(t, tokens, i);
      if (shared) {
        out.push({ start: t.start, end: t.end, id: shared });
        matched = 1;
      }
    }
    if (!matched) {
      const id = EXACT_INDEX.get(t.raw);
      if (id) {
        const prev = tokens[i - 1]?.key;
        const next = tokens[i + 1]?.key;
        const listItem = (prev === undefined || LIST_PUNCT.has(prev)) && (next === undefined || LIST_PUNCT.has(next));
        if (!LIST_ONLY.has(t.raw) || listItem) {
          out.push({ start: t.start, end: t.end, id });
          matched = 1;
        }
      }
    }
    i += matched || 1;
  }
  return out;
}

/** True when [start, end) names "a related field", "quantitative discipline", "STEM"... (a flag, not a field). */
export function hasRelatedFieldPhrase(text: string, start: number, end: number): boolean {
  return RELATED_RE.test(text.slice(start, end));
}
