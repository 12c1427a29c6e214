import { FIELD_ALIASES, NOT_FIELD_PHRASES, RELATED_FIELD_PATTERNS } from '../lexicon/fields.js';
import { foldedQuad, isAsciiLetter } from '../taxonomy/tokenize.js';

/** One degree-field mention in `doc.text` (offsets into the normalised text). */
export interface FieldMention {
  start: number;
  end: number;
  id: string;
}

/** Alias word sequences by their first word, longest first: "computer" -> [["computer","science"], ...]. */
const ALIAS_INDEX: ReadonlyMap<string, { words: string[]; id: string }[]> = (() => {
  const m = new Map<string, { words: string[]; id: string }[]>();
  for (const f of FIELD_ALIASES) {
    for (const a of f.aliases) {
      const words = keysOf(a);
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
    const words = keysOf(p);
    m.set(words[0]!, [...(m.get(words[0]!) ?? []), words]);
  }
  return m;
})();

/** Exact-case acronyms ("CS", "IS", "EE") -> field id. */
const EXACT_INDEX: ReadonlyMap<string, string> = new Map(FIELD_ALIASES.flatMap((f) => (f.exact ?? []).map((e) => [e, f.id] as [string, string])));
/** First words of an alias or of a skill name: a token that is none of these (nor an acronym) starts nothing. */
const FIRST_WORDS: ReadonlySet<string> = new Set([...ALIAS_INDEX.keys(), ...NOT_FIELD_INDEX.keys()]);
/** The longest exact-case acronym, so longer tokens skip that lookup. */
const EXACT_MAX_LENGTH = Math.max(...[...EXACT_INDEX.keys()].map((e) => e.length));
/** Acronyms that are also English words: only as items of a list. */
const LIST_ONLY = new Set(['IS', 'IT', 'OR']);
const LIST_PUNCT = new Set([',', '/', '(', ')', 'or', 'and', 'in', '&', ';']);
/** Nouns after such an acronym that make it a subject: "Bachelor's Degree in IT field", "an IS degree". */
const SUBJECT_NOUNS_AFTER = new Set(['field', 'fields', 'degree', 'degrees', 'major', 'discipline', 'background', 'related']);
/** The related-field phrases at one position (sticky). */
const RELATED_AT = new RegExp(`(?<![a-z])(?:${RELATED_FIELD_PATTERNS.join('|')})(?![a-z])`, 'iy');
/**
 * The first four letters of the words RELATED_FIELD_PATTERNS start with, as `foldedQuad` reads them: (closely)
 * related, quantitative, technical, scientific, stem, similar, equivalent, relevant, analytical.
 */
const RELATED_QUADS = new Uint8Array(1 << 12);
for (const w of ['closely', 'related', 'quantitative', 'technical', 'scientific', 'stem', 'similar', 'equivalent', 'relevant', 'analytical']) {
  RELATED_QUADS[foldedQuad(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2), w.charCodeAt(3))] = 1;
}

/** , ; / ( ) & */
function isListPunctuation(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x2f || c === 0x28 || c === 0x29 || c === 0x26;
}

/** The keys of the tokens of `text` (lower-cased words, list punctuation as itself), for the indexes above. */
function keysOf(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (isAsciiLetter(c)) {
      let j = i + 1;
      while (j < text.length && isAsciiLetter(text.charCodeAt(j))) j++;
      out.push(text.slice(i, j).toLowerCase());
      i = j;
    } else {
      if (isListPunctuation(c)) out.push(text.charAt(i));
      i++;
    }
  }
  return out;
}

/** Up to three characters folded to 5 bits each (letters 1-26 in any case; a missing one is 0). */
const fold3 = (a: number, b: number, c: number): number => (((a | 0x20) & 31) << 10) | (((b | 0x20) & 31) << 5) | ((c | 0x20) & 31);
/**
 * The first three letters of every first word and acronym, folded: a word token that misses this table is no key
 * of FIRST_WORDS and no acronym, so it is skipped without making its strings. Collisions only let more through.
 */
const FIRST_LETTERS3 = new Uint8Array(1 << 15);
for (const w of [...FIRST_WORDS, ...EXACT_INDEX.keys()]) {
  FIRST_LETTERS3[fold3(w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : 0, w.length > 2 ? w.charCodeAt(2) : 0)] = 1;
}

/**
 * The tokens of the range being searched (what TOKEN_RE finds: ASCII letter runs and list punctuation), shared by
 * all calls: bounds in typed arrays, keys (lower-cased words, punctuation as itself) made on first use only.
 */
class RangeTokens {
  count = 0;
  start = new Int32Array(256);
  end = new Int32Array(256);
  private text = '';
  private keys: string[] = [];
  /** `keys[i]` is this range's when `keyRange[i] === range`. */
  private keyRange = new Int32Array(256);
  private range = 0;

  read(text: string, from: number, to: number): number {
    this.text = text;
    this.range = this.range === 0x7fffffff ? 1 : this.range + 1;
    let n = 0;
    for (let i = from; i < to; ) {
      const c = text.charCodeAt(i);
      let j = i + 1;
      if (isAsciiLetter(c)) {
        while (j < to && isAsciiLetter(text.charCodeAt(j))) j++;
      } else if (!isListPunctuation(c)) {
        i = j;
        continue;
      }
      if (n === this.start.length) this.grow();
      this.start[n] = i;
      this.end[n] = j;
      n++;
      i = j;
    }
    this.count = n;
    return n;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const start = new Int32Array(size);
    const end = new Int32Array(size);
    const keyRange = new Int32Array(size);
    start.set(this.start);
    end.set(this.end);
    keyRange.set(this.keyRange);
    this.start = start;
    this.end = end;
    this.keyRange = keyRange;
  }

  /** The key of token `i`, or undefined past either end. */
  key(i: number): string | undefined {
    if (i < 0 || i >= this.count) return undefined;
    if (this.keyRange[i] === this.range) return this.keys[i];
    const s = this.start[i]!;
    const key = isAsciiLetter(this.text.charCodeAt(s)) ? this.text.slice(s, this.end[i]).toLowerCase() : this.text.charAt(s);
    this.keys[i] = key;
    this.keyRange[i] = this.range;
    return key;
  }

  /** The text of token `i` as written. */
  raw(i: number): string {
    return this.text.slice(this.start[i], this.end[i]);
  }

  /** Whether token `i` is a word whose first letters start a first word or an acronym (see FIRST_LETTERS3). */
  mayStart(i: number): boolean {
    const s = this.start[i]!;
    const length = this.end[i]! - s;
    const text = this.text;
    const c = text.charCodeAt(s);
    return isAsciiLetter(c) && FIRST_LETTERS3[fold3(c, length > 1 ? text.charCodeAt(s + 1) : 0, length > 2 ? text.charCodeAt(s + 2) : 0)] === 1;
  }
}

const tokens = new RangeTokens();

/** The length in tokens of a skill name that starts at token `i`, or 0. */
function notFieldLength(key: string, i: number): number {
  for (const words of NOT_FIELD_INDEX.get(key) ?? []) {
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) ok = tokens.key(i + k) === words[k];
    if (ok) return words.length;
  }
  return 0;
}

/** The longest alias starting with `first` whose other words follow at token `from` on. */
function matchAlias(first: string, from: number): { id: string; length: number } | null {
  for (const alias of ALIAS_INDEX.get(first) ?? []) {
    let ok = true;
    for (let k = 1; k < alias.words.length && ok; k++) ok = tokens.key(from + k - 1) === alias.words[k];
    if (ok) return { id: alias.id, length: alias.words.length };
  }
  return null;
}

const LIST_CONNECTORS = new Set([',', '/', 'or', 'and', '&']);

/**
 * A modifier that shares the head noun of a later list item: "chemical, physical, or biological science" names
 * "chemical science"; "Electrical or Mechanical Engineering" names "electrical engineering". The list is read as
 * (connectors, one word)* up to the first word that starts an alias; at most 8 tokens ahead.
 */
function sharedHeadAlias(key: string, i: number): string | null {
  if (!LIST_CONNECTORS.has(tokens.key(i + 1) ?? '') || !ALIAS_INDEX.has(key)) return null;
  const count = tokens.count;
  let j = i + 1;
  while (j < count && j <= i + 8) {
    while (j < count && LIST_CONNECTORS.has(tokens.key(j)!)) j++;
    const w = tokens.key(j);
    if (w === undefined) return null;
    const c = w.charCodeAt(0);
    if (!(c >= 0x61 && c <= 0x7a)) return null;
    const later = matchAlias(w, j + 1);
    if (later) {
      // The head is what follows the later item's first word, or that word itself ("engineering").
      const headStart = later.length > 1 ? j + 1 : j;
      const headLength = later.length > 1 ? later.length - 1 : 1;
      for (const a of ALIAS_INDEX.get(key)!) {
        if (a.words.length !== headLength + 1) continue;
        let same = true;
        for (let k = 0; k < headLength && same; k++) same = a.words[k + 1] === tokens.key(headStart + k);
        if (same) return a.id;
      }
      return null;
    }
    if (!LIST_CONNECTORS.has(tokens.key(j + 1) ?? '')) return null;
    j++;
  }
  return null;
}

/**
 * Field ids named in [start, end) of `text`, longest alias first ("electrical engineering" before "engineering"),
 * with "A/B C" read as "A C" and "B C" ("Health/Medical Informatics").
 */
export function findFieldMentions(text: string, start: number, end: number): FieldMention[] {
  const count = tokens.read(text, start, end);
  const out: FieldMention[] = [];
  for (let i = 0; i < count; ) {
    // Most tokens start no alias, skill name or acronym: every branch below would pass them by.
    if (!tokens.mayStart(i)) {
      i++;
      continue;
    }
    const key = tokens.key(i)!;
    const tokenStart = tokens.start[i]!;
    const tokenEnd = tokens.end[i]!;
    if (!FIRST_WORDS.has(key) && (tokenEnd - tokenStart > EXACT_MAX_LENGTH || !EXACT_INDEX.has(tokens.raw(i)))) {
      i++;
      continue;
    }
    const skill = notFieldLength(key, i);
    if (skill) {
      i += skill;
      continue;
    }
    let matched = 0;
    const direct = matchAlias(key, i + 1);
    if (direct) {
      out.push({ start: tokenStart, end: tokens.end[i + direct.length - 1]!, id: direct.id });
      matched = direct.length;
    } else if (tokens.key(i + 1) === '/' && i + 2 < count) {
      // "Health/Medical Informatics": the first word with the words after the second.
      const shared = matchAlias(key, i + 3);
      if (shared) {
        out.push({ start: tokenStart, end: tokenEnd, id: shared.id });
        matched = 1;
      }
    }
    if (!matched) {
      const shared = sharedHeadAlias(key, i);
      if (shared) {
        out.push({ start: tokenStart, end: tokenEnd, id: shared });
        matched = 1;
      }
    }
    if (!matched) {
      const raw = tokens.raw(i);
      const id = EXACT_INDEX.get(raw);
      if (id) {
        const prev = tokens.key(i - 1);
        const next = tokens.key(i + 1);
        // "in the IT field": after "the" only with a subject noun ("the IT department" is no subject).
        const listItem =
          ((prev === undefined || LIST_PUNCT.has(prev) || prev === 'a' || prev === 'an') && (next === undefined || LIST_PUNCT.has(next) || SUBJECT_NOUNS_AFTER.has(next))) ||
          (prev === 'the' && next !== undefined && SUBJECT_NOUNS_AFTER.has(next) && next !== 'related');
        if (!LIST_ONLY.has(raw) || listItem) {
          out.push({ start: tokenStart, end: tokenEnd, id });
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
  // RELATED_RE tested (sticky) only where it can start: a letter that begins one of its words, after no letter.
  let slice: string | undefined;
  let prevLetter = false;
  // Every word is four letters or more: a match's first four stand inside [start, end).
  const lastChar = text.length - 1;
  for (let i = start; i < end; i++) {
    const lower = text.charCodeAt(i) | 0x20;
    const letter = lower >= 0x61 && lower <= 0x7a;
    if (letter && !prevLetter && RELATED_QUADS[foldedQuad(lower, text.charCodeAt(Math.min(i + 1, lastChar)), text.charCodeAt(Math.min(i + 2, lastChar)), text.charCodeAt(Math.min(i + 3, lastChar)))] === 1) {
      RELATED_AT.lastIndex = i - start;
      if (RELATED_AT.test((slice ??= text.slice(start, end)))) return true;
    }
    prevLetter = letter;
  }
  return false;
}
