import {
  COMMUNICATION_PATTERNS,
  COMMUNICATION_TRIGGERS,
  COMPANY_VOICE,
  NON_FINDING_OBJECTS,
  PERK_RE,
  OTHER_PARTY_SUBJECT,
} from '../lexicon/communication.js';
import { doubled, foldedPair, scanNeedlesInWasm, tokensOf, type Tokens } from '../taxonomy/tokenize.js';
import type { CommunicationFinding, SegmentedDoc } from './types.js';

/** Sections that describe the employer or the offer, not the candidate. */
const NOT_ASKS = new Set(['about', 'benefits', 'equal-opportunity']);

/**
 * The words looked for in each unit: the triggers and every pattern's needs. Each is ASCII letters, so an
 * occurrence lies inside one token of the skill tokenizer, and that token holds all its letters.
 */
export const NEEDLES = [...new Set([...COMMUNICATION_TRIGGERS, ...COMMUNICATION_PATTERNS.flatMap((p) => p.needs)])];
if (NEEDLES.length > 32) throw new Error('communication: more than 32 needles');
/** A needle's bit; a word that is none (an `opens` word outside the triggers and needs) is refused, not dropped. */
const bitOf = (word: string): number => {
  const n = NEEDLES.indexOf(word);
  if (n < 0) throw new Error(`communication: '${word}' is not a trigger or a need of a pattern`);
  return 1 << n;
};
const TRIGGER_BITS = COMMUNICATION_TRIGGERS.reduce((bits, w) => bits | bitOf(w), 0);
// Fields written out, not `{ ...p, bits }`: past a few calls V8 gives each spread-and-extended object a map of its
// own, so the per-unit loop over the patterns read kind, re and bits through megamorphic loads.
// `from`: the pattern as a global regex, run from a position (lastIndex) when it has opening words (`opens`, as bits).
const PATTERNS = COMMUNICATION_PATTERNS.map((p) => ({
  kind: p.kind,
  re: p.re,
  from: new RegExp(p.re.source, `${p.re.flags}g`),
  bits: p.needs.reduce((bits, w) => bits | bitOf(w), 0),
  opens: (p.opens ?? []).reduce((bits, w) => bits | bitOf(w), 0),
}));

/**
 * Which needles a token's letters allow, by the four bytes of its letter bits: NEEDLES_BY_BYTE[b][v] holds the
 * needles whose letters in byte b all lie in v. The AND of the four lookups: the needles whose letters all occur.
 */
const NEEDLE_LETTERS = NEEDLES.map((w) => {
  let letters = 0;
  for (let k = 0; k < w.length; k++) letters |= 1 << (w.charCodeAt(k) & 31);
  return letters;
});
const NEEDLES_BY_BYTE = [0, 1, 2, 3].map((b) => {
  const table = new Int32Array(256);
  for (let v = 0; v < 256; v++) {
    for (let n = 0; n < NEEDLE_LETTERS.length; n++) {
      const part = (NEEDLE_LETTERS[n]! >>> (8 * b)) & 0xff;
      if ((part & v) === part) table[v]! |= 1 << n;
    }
  }
  return table;
});
const [BYTE0, BYTE1, BYTE2, BYTE3] = NEEDLES_BY_BYTE as [Int32Array, Int32Array, Int32Array, Int32Array];
const lettersAllow = (l: number): number => BYTE0[l & 0xff]! & BYTE1[(l >>> 8) & 0xff]! & BYTE2[(l >>> 16) & 0xff]! & BYTE3[l >>> 24]!;

/** text[at, at + word.length) is `word` in any ASCII case. */
function holdsAt(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(at + k);
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** The needles by the `foldedPair` of their first two letters: a place where none opens is passed over in one look. */
const NEEDLES_BY_OPENING = new Int32Array(1 << 10);
NEEDLES.forEach((w, n) => {
  NEEDLES_BY_OPENING[foldedPair(w.charCodeAt(0), w.charCodeAt(1))]! |= 1 << n;
});
const SHORTEST_NEEDLE = Math.min(...NEEDLES.map((w) => w.length));
if (SHORTEST_NEEDLE < 2) throw new Error('communication: a needle of fewer than two letters');

/**
 * The tables of the needle scan in WebAssembly (tokenize.wat, `scanNeedles`), one int32 array: the four byte tables,
 * NEEDLES_BY_OPENING, each needle's characters (offset | length << 16), the shortest length, then the characters.
 */
const NEEDLE_TABLES = (() => {
  const CHARS_AT = 2081;
  const chars = NEEDLES.join('');
  const table = new Int32Array(CHARS_AT + ((chars.length + 3) >> 2));
  NEEDLES_BY_BYTE.forEach((byByte, b) => table.set(byByte, 256 * b));
  table.set(NEEDLES_BY_OPENING, 1024);
  let offset = 0;
  NEEDLES.forEach((w, n) => {
    table[2048 + n] = offset | (w.length << 16);
    offset += w.length;
  });
  table[2080] = SHORTEST_NEEDLE;
  const bytes = new Uint8Array(table.buffer, 4 * CHARS_AT, chars.length);
  for (let k = 0; k < chars.length; k++) bytes[k] = chars.charCodeAt(k);
  return table;
})();

/**
 * The needles (as bits) that occur in text[from, to), in any case, among those in `maybe`. One walk over the places,
 * each screened by its first two characters (folded as the needles' are, so every opening of a needle passes), instead
 * of a walk per needle.
 */
export function needlesAt(text: string, from: number, to: number, maybe: number): number {
  if (from + SHORTEST_NEEDLE > to) return 0;
  let found = 0;
  let second = text.charCodeAt(from);
  for (let at = from; at + SHORTEST_NEEDLE <= to && maybe !== 0; at++) {
    const first = second;
    second = text.charCodeAt(at + 1);
    let opening = NEEDLES_BY_OPENING[foldedPair(first, second)]! & maybe;
    while (opening !== 0) {
      const n = 31 - Math.clz32(opening);
      opening &= ~(1 << n);
      const w = NEEDLES[n]!;
      if (at + w.length <= to && holdsAt(text, at, w)) {
        found |= 1 << n;
        maybe &= ~(1 << n);
      }
    }
  }
  return found;
}

/**
 * The tokens that hold a needle, in text order: where each starts and ends, and the needles it holds (bits), in the
 * first `count` slots. One scratch for every document (valid until the next `needleTokens`): no lists per document.
 */
export interface NeedleTokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  found: Int32Array;
}

const held: NeedleTokens = { count: 0, start: new Int32Array(256), end: new Int32Array(256), found: new Int32Array(256) };

export function needleTokens(text: string, tokens: Tokens): NeedleTokens {
  // The tokens the tokenizer's WebAssembly module made last (a whole text, just segmented) are scanned there.
  const inWasm = scanNeedlesInWasm(tokens, NEEDLE_TABLES);
  if (inWasm !== null) return heldFrom(inWasm);
  const { start, end, letters, count } = tokens;
  let n = 0;
  for (let t = 0; t < count; t++) {
    const maybe = lettersAllow(letters[t]!);
    if (maybe === 0) continue;
    const found = needlesAt(text, start[t]!, end[t]!, maybe);
    if (found === 0) continue;
    if (n === held.start.length) {
      held.start = doubled(held.start);
      held.end = doubled(held.end);
      held.found = doubled(held.found);
    }
    held.start[n] = start[t]!;
    held.end[n] = end[t]!;
    held.found[n] = found;
    n++;
  }
  held.count = n;
  return held;
}

/** `held` filled from the WebAssembly scan's (start, end, needles) triples. */
function heldFrom(triples: Int32Array): NeedleTokens {
  const n = triples.length / 3;
  while (held.start.length < n) {
    held.start = doubled(held.start);
    held.end = doubled(held.end);
    held.found = doubled(held.found);
  }
  for (let k = 0; k < n; k++) {
    held.start[k] = triples[3 * k]!;
    held.end[k] = triples[3 * k + 1]!;
    held.found[k] = triples[3 * k + 2]!;
  }
  held.count = n;
  return held;
}

/** The first of the held tokens that ends after `from`. */
function firstHeldAfter(held: NeedleTokens, from: number): number {
  const end = held.end;
  let lo = 0;
  let hi = held.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (end[mid]! <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The needles (as bits) that occur in text[from, to); `lo`: `firstHeldAfter(held, from)`. */
function needlesIn(text: string, held: NeedleTokens, lo: number, from: number, to: number): number {
  const { start, end, count } = held;
  let found = 0;
  for (let k = lo; k < count && start[k]! < to; k++) {
    const s = start[k]!;
    const e = end[k]!;
    if (s >= from && e <= to) found |= held.found[k]!;
    else found |= needlesAt(text, Math.max(s, from), Math.min(e, to), held.found[k]!); // a token cut by the unit
  }
  return found;
}

/**
 * Where (from `from`) the first held token in text[from, to) that holds one of the needles `bits` starts (its part
 * in the range), or -1 for none; `lo`: `firstHeldAfter(held, from)`. A token cut by the range is asked with the
 * needles of the whole token: it may only be taken too early, never missed.
 */
function firstOpening(held: NeedleTokens, lo: number, from: number, to: number, bits: number): number {
  const { start, found, count } = held;
  for (let k = lo; k < count && start[k]! < to; k++) if ((found[k]! & bits) !== 0) return Math.max(start[k]!, from) - from;
  return -1;
}

/** Indices of the units (in text order) that overlap a token holding a needle; the others hold no trigger. */
function unitsHolding(doc: SegmentedDoc, held: NeedleTokens): number[] {
  const { units } = doc;
  const out: number[] = [];
  for (let k = 0; k < held.count; k++) {
    const s = held.start[k]!;
    const e = held.end[k]!;
    let lo = 0;
    let hi = units.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (units[mid]!.end <= s) lo = mid + 1;
      else hi = mid;
    }
    for (let u = lo; u < units.length && units[u]!.start < e; u++) if (out.length === 0 || out[out.length - 1]! < u) out.push(u);
  }
  return out;
}

/** "We communicate openly": the company describes itself, unless it speaks to the reader ("you'll present..."). */
const inCompanyVoice = (body: string): boolean => COMPANY_VOICE.test(body) && !/\byou(?:r|'ll|’ll)?\b/i.test(body);

/**
 * Communication asked of the candidate, with evidence: communication / presentation skills, written and verbal
 * communication, and duties of communicating or presenting findings to other people (LABELLING ruling 15).
 * Company self-descriptions ("we communicate openly") and the about / benefits / equal-opportunity sections do not
 * count, nor a duty whose clause has another subject ("to ensure <Company> can provide insights to clients"). One
 * finding per unit, the first pattern that matches. Units are screened on the shared skill tokens: a unit without a
 * trigger word is skipped, and a pattern runs only where one of the words it needs occurs.
 */
export function extractCommunication(doc: SegmentedDoc): CommunicationFinding[] {
  const out: CommunicationFinding[] = [];
  const text = doc.text;
  const held = needleTokens(text, tokensOf(doc, text));
  for (const u of unitsHolding(doc, held)) {
    const unit = doc.units[u]!;
    if (unit.kind === 'heading' || NOT_ASKS.has(unit.section)) continue;
    const lo = firstHeldAfter(held, unit.start);
    const found = needlesIn(text, held, lo, unit.start, unit.end);
    if ((found & TRIGGER_BITS) === 0) continue;
    const body = text.slice(unit.start, unit.end);
    for (const { kind, re, from, bits, opens } of PATTERNS) {
      if ((found & bits) === 0) continue;
      let m: RegExpExecArray | null;
      if (opens === 0) m = re.exec(body);
      else {
        // Every match opens with one of the words `opens`, so none starts before the first token that holds one.
        const at = firstOpening(held, lo, unit.start, unit.end, opens);
        if (at < 0) continue;
        from.lastIndex = at;
        m = from.exec(body);
      }
      if (!m) continue;
      if (kind === 'communicate' && NON_FINDING_OBJECTS.test(body)) continue;
      if (kind === 'presenting at events' && PERK_RE.test(body)) continue;
      if (OTHER_PARTY_SUBJECT.test(body.slice(Math.max(0, m.index - 80), m.index))) continue;
      // A unit in the company's voice gives no finding. Asked only of a unit that would give one (most give none).
      if (inCompanyVoice(body)) break;
      out.push({ start: unit.start + m.index, end: unit.start + m.index + m[0].length, kind });
      break;
    }
  }
  return out;
}
