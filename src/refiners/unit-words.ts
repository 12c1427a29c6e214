import type { SegmentedDoc, UnitView } from '../extractors/types.js';
import { doubled, firstTokenFrom, foldedQuad, tokensOf, type Tokens } from '../taxonomy/tokenize.js';
import { keepShape, NO_DOCUMENT } from '../pipeline/kept-shapes.js';

/**
 * Which kinds of cue words a stretch of text may hold, read from the document's shared tokens by their first four
 * letters, so that a pattern needing such a word is run only where one may be. A kind is reported whenever a word of
 * it may start there (never missed; sometimes reported for a word that is not one), so skipping a pattern whose kind
 * is absent changes no result.
 */
export const UNIT_WORDS = {
  /** Education-zone openers and closers: "degree", "background", "major", "concentration", "coursework"... */
  zone: 1,
  /** "in the alternative". */
  alternative: 2,
  /** Preference cues: "preferred", "ideally", "a plus", "nice to have", "desired", "an asset"... */
  preference: 4,
  /** Strong requirement cues: "required", "must", "mandatory", "essential", "necessary". */
  strong: 8,
  /** Weak requirement cues: "minimum", "at least", "need(s)". */
  weak: 16,
  /** Benefit words: "tuition", "reimbursement", "scholarships", "paid leave", "vacation", "401(k)"... */
  benefit: 32,
  /** Years on top of others: "additional", "more", "extra", "further". */
  additional: 64,
  /** "or equivalent experience", "in lieu of", "equivalent combination of", "experience may substitute", "or 5 years". */
  orEquivalent: 128,
  /** A degree named as replaced: "in lieu of", "in place of", "instead of", "substitute for", "replace". */
  replaced: 256,
} as const;

const ALL = 511;

/** The first four letters of each kind's words, as every pattern that needs the kind spells them (any case). */
const PREFIXES: readonly [number, readonly string[]][] = [
  // OPENER_RE and CLOSER_RE of education-experience.ts (FIELD_ZONE_OPENERS, FIELD_ZONE_CLOSERS).
  [UNIT_WORDS.zone, ['degr', 'back', 'majo', 'conc', 'emph', 'focu', 'spec', 'cour', 'stud', 'dipl', 'educ', 'fiel']],
  [UNIT_WORDS.alternative, ['alte']],
  // PREFERENCE_RE of clauses.ts.
  [UNIT_WORDS.preference, ['pref', 'idea', 'plus', 'nice', 'bonu', 'desi', 'adva', 'asse', 'grea', 'help', 'bene', 'opti', 'good', 'love', 'valu', 'reco', 'prob', 'most', 'impr']],
  // STRONG_REQUIREMENT_RE and WEAK_REQUIREMENT_RE of clauses.ts.
  [UNIT_WORDS.strong, ['requ', 'must', 'mand', 'esse', 'nece']],
  [UNIT_WORDS.weak, ['mini', 'leas', 'need']],
  // BENEFIT_RE of education-experience.ts.
  [UNIT_WORDS.benefit, ['tuit', 'reim', 'educ', 'scho', 'stud', 'pare', 'paid', 'vaca', 'sabb', '401(', '401k']],
  // ADDITIONAL_BEFORE_RE and ADDITIONAL_AFTER_RE of education-experience.ts.
  [UNIT_WORDS.additional, ['addi', 'more', 'extr', 'furt']],
  // OR_EQUIVALENT_RE of education-experience.ts: each alternative holds one of these words after white space
  // ("experience", "equivalent", "lieu", "years", "combination", "substitute").
  [UNIT_WORDS.orEquivalent, ['expe', 'equi', 'lieu', 'year', 'comb', 'subs']],
  // REPLACED_DEGREE_BEFORE_RE of education-experience.ts.
  [UNIT_WORDS.replaced, ['lieu', 'plac', 'inst', 'subs', 'repl']],
];


/** Whether a regex source has a "|" outside every group (each alternative would open a match of its own). */
function hasTopLevelAlternative(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** The first four letters of words or regex sources, each opening with four plain letters and no top-level "|" (checked). */
export function plainPrefixes(sources: Iterable<string>): string[] {
  const out: string[] = [];
  for (const source of sources) {
    if (!/^[a-z]{4}/i.test(source)) throw new Error(`prefix screen: no four plain letters open ${source}`);
    if (hasTopLevelAlternative(source)) throw new Error(`prefix screen: only the first alternative of ${source} would be screened`);
    out.push(source.slice(0, 4));
  }
  return out;
}

const KINDS_BY_QUAD = new Uint16Array(1 << 12);
for (const [kind, prefixes] of PREFIXES) {
  for (const p of prefixes) KINDS_BY_QUAD[foldedQuad(p.charCodeAt(0), p.charCodeAt(1), p.charCodeAt(2), p.charCodeAt(3))]! |= kind;
}

/**
 * The patterns of the education readers that are tested only at a unit's word starts, each a bit: `UnitWords.startsIn`
 * works out once, for every start, which of them may open there (`UnitWords.opens`), instead of a loop over the
 * starts per pattern that reads their first letters again.
 */
export const OPENS = {
  /** The case-insensitive degree forms ("bachelor", "b.s", "ph.d", "4-year degree"): extractors/degree.ts. */
  safeDegree: 1,
  /** The exact-case degree abbreviations ("BS", "MBA", "PharmD"). */
  abbreviationDegree: 2,
  /** The degree words "Masters", "Associates". */
  wordDegree: 4,
  /** A years figure: a digit or a number word (extractors/experience.ts). */
  figure: 8,
  /** The words that give an ambiguous degree form its context ("degree", "education"...). */
  degreeContext: 16,
  /** Education-zone openers and closers ("degree in", "background"): education-experience.ts. */
  zoneOpener: 32,
  zoneCloser: 64,
} as const;

/** How the words of one OPENS pattern may open; a start matching any entry lights the bit. */
export interface OpeningScreen {
  bit: number;
  /** Four-character openings, any case (as `foldedQuad` reads them). */
  quads?: readonly string[];
  /** Two-character openings, exact case (read as `(first & 0x7f) << 7 | (second & 0x7f)`). */
  pairs?: readonly string[];
  /** Three-letter openings, any case, whatever follows (`foldedTriple`). */
  triples?: readonly string[];
  /** An ASCII digit opens one. */
  digits?: boolean;
}

/** Up to three characters folded to 5 bits each (letters 1-26 in any case). */
export const foldedTriple = (a: number, b: number, c: number): number => (((a | 0x20) & 31) << 10) | (((b | 0x20) & 31) << 5) | ((c | 0x20) & 31);

/** The tables of a set of opening screens, by the keys a word start is read with. */
export class Openings {
  readonly byQuad = new Uint8Array(1 << 12);
  readonly byPair = new Uint8Array(1 << 14);
  readonly byTriple = new Uint8Array(1 << 15);
  readonly digits: number = 0;

  constructor(screens: readonly OpeningScreen[]) {
    let digits = 0;
    for (const { bit, quads = [], pairs = [], triples = [], digits: withDigits } of screens) {
      for (const q of quads) {
        if (q.length < 4) throw new Error(`opening screen: "${q}" is shorter than four characters`);
        this.byQuad[foldedQuad(q.charCodeAt(0), q.charCodeAt(1), q.charCodeAt(2), q.charCodeAt(3))]! |= bit;
      }
      for (const p of pairs) this.byPair[((p.charCodeAt(0) & 0x7f) << 7) | (p.charCodeAt(1) & 0x7f)]! |= bit;
      for (const t of triples) this.byTriple[foldedTriple(t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(2))]! |= bit;
      if (withDigits) digits |= bit;
    }
    this.digits = digits;
  }
}

const NO_OPENINGS = new Openings([]);

/** A unit as the readers at its word starts see it: with what may open at each start (`UnitWords.opens`). */
export interface OpenedUnitView extends UnitView {
  /** The OPENS bits of `starts[k]`. */
  opens: Uint8Array;
  /** Every bit lit in `opens`. */
  opensAny: number;
}

/** The kinds of cue words in stretches of one document. */
export class UnitWords {
  static readonly shape = keepShape(new UnitWords(NO_DOCUMENT));
  private readonly tokens: Tokens;
  private readonly text: string;
  private kindsOfStarts = 0;
  private opensOfStarts = 0;

  /** `openings`: the screens `startsIn` reads at every word start (none by default). */
  constructor(
    doc: SegmentedDoc,
    private readonly openings: Openings = NO_OPENINGS,
  ) {
    this.text = doc.text;
    this.tokens = tokensOf(doc, doc.text);
  }

  /** `kindsIn` of the range of the last `startsIn`, worked out on its way. */
  get startsKinds(): number {
    return this.kindsOfStarts;
  }

  /** The OPENS bits of the last `startsIn`'s starts, one by one (a buffer shared by all documents). */
  get opens(): Uint8Array {
    return sharedOpens;
  }

  /** Every OPENS bit lit at some start of the last `startsIn`. */
  get opensAny(): number {
    return this.opensOfStarts;
  }

  /**
   * The kinds (UNIT_WORDS bits) of the words starting in [from, to). Every word of those patterns starts at a word
   * boundary, so at the first letter of a token, after a non-ASCII letter inside one, or after a "." that opens
   * one: tokens of the last two sorts report every kind.
   */
  kindsIn(from: number, to: number): number {
    const { start, end, nonAscii, count } = this.tokens;
    const text = this.text;
    const lo = firstTokenFrom(this.tokens, from);
    // A token that begins before `from` and runs into it: its letters after `from` may start a word.
    if (lo > 0 && end[lo - 1]! > from) return ALL;
    const lastChar = text.length - 1;
    const table = KINDS_BY_QUAD;
    let kinds = 0;
    for (let t = lo; t < count && start[t]! < to; t++) {
      const s = start[t]!;
      const c0 = text.charCodeAt(s);
      if (nonAscii[t] === 1 || c0 === 0x2e) return ALL;
      // Words are 4 letters or more: a shorter token reads what follows it, which at worst reports one kind more.
      kinds |= table[
        foldedQuad(c0, text.charCodeAt(Math.min(s + 1, lastChar)), text.charCodeAt(Math.min(s + 2, lastChar)), text.charCodeAt(Math.min(s + 3, lastChar)))
      ]!;
    }
    return kinds;
  }

  /** The word starts found by the last `startsIn` (a buffer shared by all documents: one allocation, not one each). */
  get starts(): Int32Array {
    return sharedStarts;
  }

  /**
   * Fills `starts` with the positions in [from, to), in text order, where an ASCII letter or digit follows no ASCII
   * letter or digit (or stands at `from`): every place where a pattern with a lookbehind for such characters (or a
   * word boundary) can start a match on the text of that range. Read from the tokens: a token's first character,
   * the one after a "." that opens a token; inside a token only after a non-ASCII letter. Returns their count.
   * What may open at each start (`opens`) and the kinds of the range (`startsKinds`) are read on the same way: one
   * walk over the range's tokens.
   */
  startsIn(from: number, to: number): number {
    const { start, end, nonAscii, count } = this.tokens;
    const text = this.text;
    const lo = firstTokenFrom(this.tokens, from);
    const first = lo > 0 && end[lo - 1]! > from ? lo - 1 : lo;
    // What `kindsIn` reports every kind for: a token running into `from`, one beyond ASCII or opening with ".".
    let everyKind = first < lo;
    let k = 0;
    let kinds = 0;
    let any = 0;
    for (let t = first; t < count && start[t]! < to; t++) {
      const s = start[t]!;
      if (nonAscii[t] === 0 && s >= from) {
        // ".NET": the letter after a dot that opens a token.
        let p = s;
        if (text.charCodeAt(s) === 0x2e) {
          p = s + 1;
          everyKind = true;
        }
        if (p < to) {
          if (k === sharedStarts.length) growShared();
          const bits = this.readOpening(p, k++);
          kinds |= bits >>> 8;
          any |= bits;
        }
        continue;
      }
      everyKind = true;
      const stop = Math.min(end[t]!, to);
      for (let p = Math.max(s, from); p < stop; p++) {
        if (isAsciiAlnum(text.charCodeAt(p)) && (p === from || !isAsciiAlnum(text.charCodeAt(p - 1)))) {
          if (k === sharedStarts.length) growShared();
          any |= this.readOpening(p, k++);
        }
      }
    }
    this.kindsOfStarts = everyKind ? ALL : kinds;
    this.opensOfStarts = any & 0xff;
    return k;
  }

  /**
   * Notes start `p` as the `k`th and what may open there (`opens[k]`); returns those OPENS bits, with the kinds
   * (UNIT_WORDS bits) of the word opening there above them (from bit 8). A start of a token whose kinds are read
   * (every other case reports them all) is that token's first letter, whose four letters `kindsIn` reads.
   */
  private readOpening(p: number, k: number): number {
    const text = this.text;
    const lastChar = text.length - 1;
    const { byQuad, byPair, byTriple, digits } = this.openings;
    const c0 = text.charCodeAt(p);
    const c1 = text.charCodeAt(Math.min(p + 1, lastChar));
    const c2 = text.charCodeAt(Math.min(p + 2, lastChar));
    const quad = foldedQuad(c0, c1, c2, text.charCodeAt(Math.min(p + 3, lastChar)));
    const bits = byQuad[quad]! | byPair[((c0 & 0x7f) << 7) | (c1 & 0x7f)]! | byTriple[foldedTriple(c0, c1, c2)]! | (c0 >= 0x30 && c0 <= 0x39 ? digits : 0);
    sharedStarts[k] = p;
    sharedOpens[k] = bits;
    return bits | (KINDS_BY_QUAD[quad]! << 8);
  }
}

/** Doubles the shared starts and their OPENS bits, keeping what they hold. */
function growShared(): void {
  sharedStarts = doubled(sharedStarts);
  sharedOpens = doubled(sharedOpens);
}

/** Room the shared starts keep between documents: a unit with more word starts than this grows them for its document. */
const SHARED_KEPT = 1 << 12;
let sharedStarts = new Int32Array(1024);
let sharedOpens = new Uint8Array(1024);

/**
 * Lets go of the room a huge unit grew the shared starts to (past SHARED_KEPT), once the document that grew them is
 * read: a unit of a few million words would otherwise hold ~5 bytes a word for the process's life.
 */
export function releaseSharedGrowth(): void {
  if (sharedStarts.length <= SHARED_KEPT) return;
  sharedStarts = new Int32Array(1024);
  sharedOpens = new Uint8Array(1024);
}

/** The word starts the shared buffers have room for now (for tests of what a huge unit leaves behind). */
export const sharedStartsRoom = (): number => sharedStarts.length;

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}
