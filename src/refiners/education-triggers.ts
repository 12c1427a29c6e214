import type { SegmentedDoc } from '../extractors/types.js';
import { foldedPair as pair, foldedQuad, ShapeScreen, tokensOf, type Tokens } from '../taxonomy/tokenize.js';
import { keepShape, NO_DOCUMENT } from '../pipeline/kept-shapes.js';

/**
 * Cheap triggers for the few units worth analysing: degree words, years and education-zone words (any case),
 * and degree abbreviations (exact case, so "ms" in a word never triggers). The words are grouped by their first
 * letters (no two can match at one position).
 */
const WORD_TRIGGER =
  "\\b(?:b(?:achelor|accalaureate|ackground)|ma(?:ster|jor)|months?\\b|d(?:egree|octora|iploma)|ph\\.?\\s?d|graduate|associate|high.school|undergrad|y(?:ears?\\b|rs\\b)|co(?:ncentration|urse)|e(?:mphasis|ducation)|fields? of study|speciali[sz]|(?<=(?:completed|university|academic|higher)\\s{1,2})studies\\s{1,2}in\\b)|\\d(?:years?|yrs|months?)\\b";
const ABBREVIATION_TRIGGER = '\\b(?:[BM]\\.?[SAE]|[BM]\\.?Sc|BEng|MEng|B\\.?Tech|M\\.?Tech|MBA|MPH|GED|MD|JD|AAS?|AS|PharmD|DPhil|ScD|[BM]S[A-Z]{2})\\b';
/**
 * The dotted degree forms of DEGREE_FORMS, in any case as it reads them ("J.D. required", "B.Eng in Civil",
 * "B.TECH/M.TECH", "m.sc"): a unit holding one must be read even without the word "degree".
 */
const DOTTED_TRIGGER = '\\b(?:[bm]\\.(?:sc|s|a|e(?:ng)?|tech)|m\\.(?:b\\.a|p\\.h|d\\.)|d\\.phil|sc\\.d\\.|pharm\\.\\s?d|j\\.d\\.|a\\.[as]\\.)';

/**
 * The same patterns, tested only where the document's tokens say one may start (sticky), instead of a scan of the
 * whole text. The token screen below lets through every position where either can match, so the units found are
 * exactly those a global scan of the text would find.
 */
const WORD_AT = new RegExp(WORD_TRIGGER, 'iy');
/** The three trigger patterns and their flags, for tests that hold the token screens to a plain global scan. */
export const TRIGGER_PATTERNS: readonly { source: string; flags: string }[] = [
  { source: WORD_TRIGGER, flags: 'i' },
  { source: ABBREVIATION_TRIGGER, flags: '' },
  { source: DOTTED_TRIGGER, flags: 'i' },
];
const ABBREVIATION_AT = new RegExp(ABBREVIATION_TRIGGER, 'y');
const DOTTED_AT = new RegExp(DOTTED_TRIGGER, 'iy');

const code = (s: string, i: number): number => s.charCodeAt(i);

/** The word triggers of four letters or more, up to their first character that is no letter. */
const LONG_WORDS = ['bachelor', 'baccalaureate', 'background', 'master', 'major', 'month', 'degree', 'doctora', 'diploma', 'graduate', 'associate', 'high', 'undergrad', 'year', 'concentration', 'course', 'emphasis', 'education', 'field', 'speciali', 'studies'];
/** The first four letters of the long word triggers. */
const WORD_QUADS = new Uint8Array(1 << 12);
/**
 * By the first two letters of the long word triggers (`pair`), the letter bits (see `Tokens.letters`) of all the
 * words that open with them: a token that lacks one cannot open any of those words. Bit 0 (no ASCII token holds it)
 * where no word opens with those two.
 */
const WORD_LETTERS = new Int32Array(1 << 10).fill(1);
/** Pairs after which a position is tested whatever follows ("ph.d", "yrs"). */
const PAIR_ALONE = new Uint8Array(1 << 10);
for (const w of LONG_WORDS) {
  const first = pair(code(w, 0), code(w, 1));
  WORD_QUADS[foldedQuad(code(w, 0), code(w, 1), code(w, 2), code(w, 3))] = 1;
  let bits = 0;
  for (let k = 0; k < w.length; k++) bits |= 1 << (code(w, k) & 31);
  WORD_LETTERS[first] = WORD_LETTERS[first] === 1 ? bits : WORD_LETTERS[first]! & bits;
}
for (const w of ['ph', 'yr']) {
  PAIR_ALONE[pair(code(w, 0), code(w, 1))] = 1;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;

/**
 * The first two characters of the abbreviation triggers, exact case, by (first << 7 | second): "B." and "M." stand
 * for the tokens "B" and "M" before "S.", "Tech"...
 */
const ABBREVIATION_PAIRS = new Uint8Array(1 << 14);
for (const [first, seconds] of [['B', 'SAET.'], ['M', 'SAETBPD.'], ['G', 'E'], ['J', 'D'], ['A', 'AS'], ['P', 'h'], ['D', 'P'], ['S', 'c']] as const) {
  for (const second of seconds) ABBREVIATION_PAIRS[(first.charCodeAt(0) << 7) | second.charCodeAt(0)] = 1;
}
/**
 * The first two characters of a token (or its one character and the next), exact case, by (first << 7 | second):
 * bit 1 where a trigger may open whatever the token's length ("ph", "yr", "b.", ".N"), bit 2 where an abbreviation
 * may ("BS", "MB"...), for tokens short enough to be one (at most 8 characters: 6 letters and two glued "+" / "#").
 */
const OPENING_PAIRS = new Uint8Array(1 << 14);
{
  const mark = (a: string, b: string, bit: number): void => {
    for (const x of new Set([a.toLowerCase(), a.toUpperCase()])) for (const y of new Set([b.toLowerCase(), b.toUpperCase()])) OPENING_PAIRS[(x.charCodeAt(0) << 7) | y.charCodeAt(0)]! |= bit;
  };
  // The pairs tested whatever follows ("ph.d", "yrs"), which also open "pharm." ...
  mark('p', 'h', 1);
  mark('y', 'r', 1);
  // ... the one-letter tokens before "." of the dotted forms, and "sc." (any case) ...
  for (const c of 'abdjm') mark(c, '.', 1);
  mark('s', 'c', 2);
  // ... and a "." that opens a token (".MBA"): the careful look reads past it.
  for (let c = 0; c < 128; c++) OPENING_PAIRS[(0x2e << 7) | c]! |= 1;
  for (let k = 0; k < ABBREVIATION_PAIRS.length; k++) if (ABBREVIATION_PAIRS[k] === 1) OPENING_PAIRS[k]! |= 2;
}

/** The token [s, e) followed by "." may open a dotted form: one of a, b, d, j, m, or "sc", "pharm" (any case). */
function opensDottedForm(text: string, s: number, e: number): boolean {
  if (e >= text.length || text.charCodeAt(e) !== 0x2e) return false; // (no read past the end: it deoptimizes)
  const len = e - s;
  const c0 = text.charCodeAt(s) | 0x20;
  if (len === 1) return c0 === 0x61 || c0 === 0x62 || c0 === 0x64 || c0 === 0x6a || c0 === 0x6d;
  if (len === 2) return c0 === 0x73 && (text.charCodeAt(s + 1) | 0x20) === 0x63;
  return len === 5 && text.slice(s, e).toLowerCase() === 'pharm';
}

/**
 * Last two characters of a token that may end in "5years", "5yrs", "5months", "5year", "5month", as `pair` reads
 * them; a glued "+" or "#" ("5years+") reads as "k" or "c", so every pair ending in those is marked too.
 */
const YEARS_ENDS = new Uint8Array(1 << 10);
for (const end of ['rs', 'ar', 'th', 'hs']) YEARS_ENDS[pair(code(end, 0), code(end, 1))] = 1;
for (let c = 0; c < 32; c++) YEARS_ENDS[(c << 5) | ((0x2b | 0x20) & 31)] = YEARS_ENDS[(c << 5) | ((0x23 | 0x20) & 31)] = 1;
/** Letter bits (see `Tokens.letters`) of "y" and "m": a token with neither holds no "5years" / "3months". */
const Y_OR_M = (1 << (0x79 & 31)) | (1 << (0x6d & 31));

/**
 * Replays a global scan of one sticky pattern over the text: positions come in text order; a match starting in a
 * unit triggers it and the scan goes on after that unit (or after the match, if longer); a match between units
 * triggers nothing and the scan goes on after it.
 */
class TriggerScan {
  static readonly shape = keepShape(new TriggerScan(/$/y, NO_DOCUMENT, new Uint8Array(0)));
  /** The lastIndex of the global scan replayed. */
  from = 0;
  /** Units are visited in text order: the unit search starts where the last one ended. */
  private unit = 0;

  constructor(
    private readonly re: RegExp,
    private readonly doc: SegmentedDoc,
    private readonly found: Uint8Array,
  ) {}

  /** Tests position p (p at or after `from`); returns 1 when it triggers a unit not found before. */
  at(p: number): number {
    const { re, doc } = this;
    re.lastIndex = p;
    if (!re.test(doc.text)) return 0;
    const matchEnd = re.lastIndex;
    const units = doc.units;
    let u = this.unit;
    while (u < units.length && units[u]!.end <= p) u++;
    this.unit = u;
    const unit = units[u];
    if (!unit || p < unit.start) {
      this.from = matchEnd;
      return 0;
    }
    this.from = Math.max(matchEnd, unit.end);
    if (this.found[u] === 1) return 0;
    this.found[u] = 1;
    return 1;
  }
}

/**
 * Tests the positions of the ASCII token [s, e) where a trigger may start: its first letter when its first letters
 * are a trigger's, and a digit right before a final "year(s)", "yrs", "month(s)".
 */
function screenAsciiToken(text: string, s: number, e: number, words: TriggerScan, abbreviations: TriggerScan, dotted: TriggerScan): number {
  let hits = 0;
  let c0 = text.charCodeAt(s);
  // ".NET": a dot that opens a token is no letter of it.
  if (c0 === 0x2e) c0 = text.charCodeAt(++s);
  const len = e - s;
  const c1 = len >= 2 ? text.charCodeAt(s + 1) : 0;
  if (len >= 2 && s >= words.from) {
    const p2 = pair(c0, c1);
    if (PAIR_ALONE[p2] === 1 || (len >= 4 && WORD_QUADS[foldedQuad(c0, c1, text.charCodeAt(s + 2), text.charCodeAt(s + 3))] === 1)) hits += words.at(s);
  }
  // A trigger ends at a word boundary: at the token's end, or before a "+" or "#" glued to it ("5years+").
  let last = e - 1;
  while (last > s && last >= e - 2 && (text.charCodeAt(last) === 0x2b || text.charCodeAt(last) === 0x23)) last--;
  const cl = text.charCodeAt(last) | 0x20;
  if (cl === 0x73 || cl === 0x72 || cl === 0x68) {
    // "...5years", "...5yrs", "...5months" / "...5year" / "...5month": the digit sits 7, 6, 5 or 4 back.
    for (let back = 7; back >= 4; back--) {
      const d = last + 1 - back;
      if (d >= s && d >= words.from && isDigit(text.charCodeAt(d))) hits += words.at(d);
    }
  }
  if (s >= abbreviations.from) {
    // An abbreviation is at most 6 letters ("PharmD"); "B" and "M" alone are "B." and "M." before "S", "Tech"...
    if (len === 1 ? c0 === 0x42 || c0 === 0x4d : last - s < 6 && ABBREVIATION_PAIRS[(c0 << 7) | (c1 & 0x7f)] === 1) hits += abbreviations.at(s);
  }
  if (s >= dotted.from && opensDottedForm(text, s, e)) hits += dotted.at(s);
  return hits;
}

/** A token with a character beyond ASCII: every position in it is tested (rare). */
function screenWideToken(text: string, s: number, e: number, words: TriggerScan, abbreviations: TriggerScan, dotted: TriggerScan): number {
  let hits = 0;
  for (let p = s; p < e; p++) {
    const c = text.charCodeAt(p);
    if (p >= words.from && c < 0x80) hits += words.at(p);
    if (p >= abbreviations.from && isUpper(c)) hits += abbreviations.at(p);
    if (p >= dotted.from && c < 0x80) hits += dotted.at(p);
  }
  return hits;
}

/**
 * The first look at every token, done by `tokenize` on its way through the characters (see `ShapeScreen`; `segment`
 * hands it over when it tokenizes the document): the first
 * two characters (exact case: "ph", "yr", "b.", ".N", the abbreviations' for tokens short enough to be one), the
 * first two with every letter of the long words that open with them, the last two with a "y" or "m" in the token
 * ("5years", "5months"), or a character beyond ASCII. The few tokens it lets through get the careful look.
 */
export const TRIGGER_SHAPES = new ShapeScreen(OPENING_PAIRS, WORD_LETTERS, YEARS_ENDS, Y_OR_M);

/** Which units `triggeredUnits` found, by unit index (the first `doc.units.length` entries belong to the current call). */
let foundScratch = new Uint8Array(256);
/** Room foundScratch keeps past a call: a document of more units than this grows it for that call only. */
const FOUND_KEPT = 1 << 14;

/** The units foundScratch has room for now (for tests of what a document of very many units leaves behind). */
export const triggerScratchRoom = (): number => foundScratch.length;

/**
 * The units that carry a trigger, in text order: what a global scan of the text with each pattern finds, read from
 * the document's shared tokens. Every match of either pattern starts at an ASCII letter or digit that follows no
 * other ASCII letter, digit or "_" (or, for "\d years", at a digit inside a token), so inside one token of
 * `tokensOf`: at its first character, after a leading ".", after a non-ASCII letter, or at a digit.
 */
export function triggeredUnits(doc: SegmentedDoc): number[] {
  const text = doc.text;
  const tokens: Tokens = tokensOf(doc, text);
  const unitCount = doc.units.length;
  // One buffer for every document (cleared, grown when short): a typed array each would cost an ArrayBuffer each.
  if (foundScratch.length < unitCount) foundScratch = new Uint8Array(Math.max(unitCount, foundScratch.length * 2));
  else foundScratch.fill(0, 0, unitCount);
  const found = foundScratch;
  const words = new TriggerScan(WORD_AT, doc, found);
  const abbreviations = new TriggerScan(ABBREVIATION_AT, doc, found);
  const dotted = new TriggerScan(DOTTED_AT, doc, found);
  const { start, end, nonAscii } = tokens;
  // Tokens made without this screen (none, in the pipeline: `segment` hands it over) get the careful look, every one.
  const visits = tokens.shapes === TRIGGER_SHAPES ? tokens.shaped : null;
  const visitCount = visits !== null ? visits.length : tokens.count;
  let count = 0;
  for (let v = 0; v < visitCount; v++) {
    const t = visits !== null ? visits[v]! : v;
    const s = start[t]!;
    const e = end[t]!;
    count += nonAscii[t] === 1 ? screenWideToken(text, s, e, words, abbreviations, dotted) : screenAsciiToken(text, s, e, words, abbreviations, dotted);
  }
  const out = new Array<number>(count);
  for (let u = 0, k = 0; k < count; u++) if (found[u] === 1) out[k++] = u;
  if (foundScratch.length > FOUND_KEPT) foundScratch = new Uint8Array(FOUND_KEPT);
  return out;
}
