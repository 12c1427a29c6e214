/**
 * Required vs preferred for one clause of a unit: "Bachelor's degree required; Master's preferred" holds two
 * readings in one bullet. Clauses end at ";", sentence ends, " - ", parentheses, and at ", " before another
 * degree or a "preferably / ideally / with" tail. A clause in parentheses without its own cue takes the reading
 * of the clause around it ("Advanced degree (PhD, MPH) highly preferred").
 */
import { UNIT_WORDS } from './unit-words.js';
import { keepShape } from '../pipeline/kept-shapes.js';

/** The kinds of words the cue patterns below need. */
const CUE_WORDS = UNIT_WORDS.preference | UNIT_WORDS.strong | UNIT_WORDS.weak;

// Hedged asks are preferences too: "You probably have a BA-level background", "... will improve your chances".
const PREFERENCE_RE =
  /\b(?:preferred|(?:preferably|ideally)(?!,?\s{1,2}(?:in|with|from|(?!at least)at|on|within|using|as)\b)|prefer|preference|(?:is |are )?an? (?:\w{1,12} )?plus|nice[ -]to[ -]have|ideal|bonus|desired|desirable|advantage|advantageous|an asset|would be (?:great|nice|helpful)|helpful|beneficial|optional|good to have|great to have|we'd love|would love|highly valued|recommended(?=\s{0,2}(?:[).,;:]|$))|probably (?:have|has|hold|holds|possess|bring)|most likely|improves? your chances)\b/gi;
/** Strong requirement words win ties; "minimum" and "at least" only decide a clause with no other cue. */
const STRONG_REQUIREMENT_RE = /\b(?:required|requires?|must|mandatory|essential|necessary)\b/gi;
/** "at least one of the following" counts list items: no requirement wording. */
const WEAK_REQUIREMENT_RE = /\b(?:minimum|at least(?!\s{1,2}(?:one|two|three|[123])\s{1,2}of\b)|need|needs)\b/gi;
const DEGREE_START = '(?:PhD|PHD|Ph\\.|Doctor|doctor|BS|MS|BA|MA|B\\.|M\\.|MBA|MPH|Master|master|Bachelor|bachelor|Associate|associate|Advanced|advanced|Graduate|graduate)';
// "... technical field of study You are experienced ...": a capital "You" or "We" after a lower-case word starts a
// sentence whose stop was lost. "X and preferably Y": the preference is Y's. The three breaks that open with white
// space share it: written apart, the one opening with a lookbehind made V8 try every position of the text (3.2x the
// time of this form, which finds the same breaks).
const CLAUSE_BREAK_RE = new RegExp(`;|(?<!\\b[A-Za-z])\\.\\s|\\s(?:-\\s|(?<=[a-z]\\s)(?=(?:You|We)\\s)|(?=(?:and|or)\\s{1,2}(?:preferabl|ideally)))|,\\s{0,2}(?=(?:or\\s{1,2}|and\\s{1,2})?(?:an?\\s{1,2})?${DEGREE_START}|preferabl|ideally|with\\s(?!\\d)|(?:yet|but|while|whereas)\\s|\\d{1,2}\\+?\\s{0,2}(?:-\\s{0,2}\\d{1,2}\\s{0,2})?(?:year|yrs))`, 'g');

/**
 * A unit longer than this is a list of bullets run together ("... MS or BS in Computer Science Good written English
 * ... Experience with IoT is a plus"): a cue there reads only what stands within RUN_ON_CUE_REACH of it, where in a
 * sentence it reads its whole clause.
 */
export const RUN_ON_UNIT = 400;
const RUN_ON_CUE_REACH = 200;

interface Cue {
  /** Offset in the unit slice. */
  at: number;
  kind: 'preferred' | 'required' | 'weak';
  inParens: boolean;
}

/** Reads required vs preferred at any position of one unit; built once per unit, queried per mention. */
export interface ClauseReader {
  read(pos: number): boolean | null;
}

const PARENS_RE = /\([^()]{0,300}\)/g;

/** A unit without any cue reads nothing anywhere. */
const READS_NOTHING: ClauseReader = { read: () => null };

/** Whether `at` lies strictly inside one of the parentheses [open, close]. */
function inParens(parens: readonly [number, number][], at: number): boolean {
  for (const [o, c] of parens) if (at > o && at < c) return true;
  return false;
}

/** The cues of the unit text `slice`, in the order found: preference cues, then strong, then weak ones. */
function findCues(slice: string, words: number): { at: number; kind: Cue['kind'] }[] {
  // exec loops rather than matchAll, which copies the regex on every call; no pattern here matches empty text.
  let m: RegExpExecArray | null;
  const found: { at: number; kind: Cue['kind'] }[] = [];
  if ((words & UNIT_WORDS.preference) !== 0) {
    PREFERENCE_RE.lastIndex = 0;
    while ((m = PREFERENCE_RE.exec(slice)) !== null) found.push({ at: m.index, kind: 'preferred' });
  }
  if ((words & UNIT_WORDS.strong) !== 0) {
    STRONG_REQUIREMENT_RE.lastIndex = 0;
    while ((m = STRONG_REQUIREMENT_RE.exec(slice)) !== null) {
      // "not required" is no requirement; negation is read elsewhere.
      if (!/\bnot\s{1,2}$/i.test(slice.slice(Math.max(0, m.index - 6), m.index))) found.push({ at: m.index, kind: 'required' });
    }
  }
  if ((words & UNIT_WORDS.weak) !== 0) {
    WEAK_REQUIREMENT_RE.lastIndex = 0;
    while ((m = WEAK_REQUIREMENT_RE.exec(slice)) !== null) found.push({ at: m.index, kind: 'weak' });
  }
  return found;
}

class UnitClauses implements ClauseReader {
  static readonly shape = keepShape(new UnitClauses(0, 0, [], [], [], []));

  constructor(
    private readonly unitStart: number,
    private readonly length: number,
    private readonly parens: readonly [number, number][],
    private readonly breaks: readonly [number, number][],
    private readonly innerBreaks: readonly [number, number][],
    private readonly cues: readonly Cue[],
  ) {}

  /** The reading of [from, to) (slice offsets); `inner` reads inside parentheses, otherwise they are skipped. */
  private readRange(from: number, to: number, pos: number, inner: boolean): boolean | null {
    let here = 0;
    let pref = false;
    let req = false;
    // The strong cue nearest to pos (the first of equals).
    let best: Cue | undefined;
    // A unit this long is a list that lost its breaks: a cue governs only the items near it.
    const runOn = this.length > RUN_ON_UNIT;
    for (const c of this.cues) {
      if (!(c.at >= from && c.at < to && (inner || !c.inParens))) continue;
      if (runOn && Math.abs(c.at - pos) > RUN_ON_CUE_REACH) continue;
      here++;
      if (c.kind === 'weak') continue;
      if (c.kind === 'preferred') pref = true;
      else req = true;
      if (best === undefined || Math.abs(c.at - pos) < Math.abs(best.at - pos)) best = c;
    }
    if (pref && !req) return false;
    if (req && !pref) return true;
    if (pref && req) return best!.kind === 'required';
    return here > 0 ? true : null;
  }

  /** The clause [start, end) around `pos` within [from, to), cut at `cuts`. */
  private clauseAround(pos: number, from: number, to: number, cuts: readonly [number, number][]): [number, number] {
    let start = from;
    for (const [b, e] of cuts) {
      if (b < from || b >= to) continue;
      if (b < pos) start = e;
      else return [start, b];
    }
    return [start, to];
  }

  read(absolutePos: number): boolean | null {
    const pos = absolutePos - this.unitStart;
    for (const [open, close] of this.parens) {
      if (!(pos > open && pos < close)) continue;
      const [innerStart, innerEnd] = this.clauseAround(pos, open + 1, close, this.innerBreaks);
      const own = this.readRange(innerStart, innerEnd, pos, true) ?? this.readRange(open + 1, close, pos, true);
      if (own !== null) return own;
      // The clause around the parentheses, read without them: what follows first ("(PhD, MPH) preferred").
      const [outerStart, outerEnd] = this.clauseAround(open, 0, this.length, this.breaks);
      return this.readRange(close + 1, Math.max(outerEnd, close + 1), close + 1, false) ?? this.readRange(outerStart, open, open, false);
    }
    const [start, end] = this.clauseAround(pos, 0, this.length, this.breaks);
    return this.readRange(start, end, pos, false);
  }
}

const blank = (m: string): string => ' '.repeat(m.length);

/** Parentheses that hold nothing but a cue word: a job board's tag. */
const TAG_RE = /^\(\s{0,2}(?:strongly\s|highly\s)?(?:preferred|required|desired|optional|a plus|nice to have|mandatory)\s{0,2}\)$/i;

function isTag(slice: string, parens: readonly [number, number][], at: number): boolean {
  for (const [o, c] of parens) if (at > o && at < c) return c - o < 30 && TAG_RE.test(slice.slice(o, c + 1));
  return false;
}

/**
 * Builds the reader for the unit [unitStart, unitEnd) of `text`: parentheses, clause breaks and cues are found
 * once; each query then only filters them. `words` (UNIT_WORDS bits, from `UnitWords.kindsIn` over the same range)
 * says which cue words the unit may hold: the patterns of the others are not run.
 */
export function clauseReader(text: string, unitStart: number, unitEnd: number, words: number = CUE_WORDS): ClauseReader {
  // With no cue every clause reads null (see readRange), whatever the breaks.
  if ((words & CUE_WORDS) === 0) return READS_NOTHING;
  const slice = text.slice(unitStart, unitEnd);
  const found = findCues(slice, words);
  if (found.length === 0) return READS_NOTHING;
  let m: RegExpExecArray | null;
  const parens: [number, number][] = [];
  if (slice.includes('(')) {
    PARENS_RE.lastIndex = 0;
    while ((m = PARENS_RE.exec(slice)) !== null) parens.push([m.index, m.index + m[0].length - 1]);
  }
  // Clause breaks outside parentheses.
  const blanked = parens.length ? slice.replace(PARENS_RE, blank) : slice;
  const breaks: [number, number][] = [];
  CLAUSE_BREAK_RE.lastIndex = 0;
  while ((m = CLAUSE_BREAK_RE.exec(blanked)) !== null) breaks.push([m.index, m.index + m[0].length]);
  // Breaks inside parentheses, for "(Masters preferred, bachelors minimum)".
  const innerBreaks: [number, number][] = [];
  if (parens.length) {
    CLAUSE_BREAK_RE.lastIndex = 0;
    while ((m = CLAUSE_BREAK_RE.exec(slice)) !== null) if (inParens(parens, m.index)) innerBreaks.push([m.index, m.index + m[0].length]);
  }
  // A tag of its own in parentheses reads the clause before it: "Master's (Preferred)", "Python (Required)".
  const cues: Cue[] = found.map(({ at, kind }) => ({ at, kind, inParens: inParens(parens, at) && !isTag(slice, parens, at) }));
  return new UnitClauses(unitStart, slice.length, parens, breaks, innerBreaks, cues);
}
