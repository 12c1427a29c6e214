import { FIELD_ALIASES, RELATED_FIELD_PATTERNS } from '../lexicon/fields.js';

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

const MAX_ALIAS_WORDS = 7;

/** Alias word sequences ("computer science") -> field id, keyed by the space-joined lower-case words. */
const ALIAS_INDEX: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const f of FIELD_ALIASES) for (const a of f.aliases) m.set(tokenize(a, 0).map((t) => t.key).join(' '), f.id);
  return m;
})();

/** Exact-case acronyms ("CS", "IS", "EE") -> field id. */
const EXACT_INDEX: ReadonlyMap<string, string> = new Map(FIELD_ALIASES.flatMap((f) => (f.exact ?? []).map((e) => [e, f.id] as [string, string])));
/** Acronyms that are also English words: only as items of a list. */
const LIST_ONLY = new Set(['IS', 'IT', 'OR']);
const LIST_PUNCT = new Set([',', '/', '(', ')', 'or', 'and', 'in', '&', ';']);
const RELATED_RE = new RegExp(`(?<![a-z])(?:${RELATED_FIELD_PATTERNS.join('|')})(?![a-z])`, 'i');

function tokenize(text: string, offset: number): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[A-Za-z]+|[,;/()&]/g)) {
    out.push({ key: m[0].toLowerCase(), raw: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}

/**
 * Field ids named in [start, end) of `text`, longest alias first ("electrical engineering" before "engineering"),
 * with "A/B C" read as "A C" and "B C" ("Health/Medical Informatics").
 */
export function findFieldMentions(text: string, start: number, end: number): FieldMention[] {
  const tokens = tokenize(text.slice(start, end), start);
  const out: FieldMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    let matched = 0;
    for (let n = Math.min(MAX_ALIAS_WORDS, tokens.length - i); n >= 1 && !matched; n--) {
      const key = tokens.slice(i, i + n).map((x) => x.key).join(' ');
      const id = ALIAS_INDEX.get(key);
      if (id) {
        out.push({ start: t.start, end: tokens[i + n - 1]!.end, id });
        matched = n;
      }
    }
    if (!matched && tokens[i + 1]?.key === '/' && tokens[i + 2]) {
      // "Health/Medical Informatics": the first word with the words after the second.
      for (let n = Math.min(MAX_ALIAS_WORDS - 1, tokens.length - i - 3); n >= 1 && !matched; n--) {
        const key = [t.key, ...tokens.slice(i + 3, i + 3 + n).map((x) => x.key)].join(' ');
        const id = ALIAS_INDEX.get(key);
        if (id) {
          out.push({ start: t.start, end: t.end, id });
          matched = 1;
        }
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
