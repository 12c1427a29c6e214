/**
 * Required vs preferred for one clause of a unit: "Bachelor's degree required; Master's preferred" holds two
 * readings in one bullet. Clauses end at ";", sentence ends, " - ", parentheses, and at ", " before another
 * degree or a "preferably / ideally / with" tail. A clause in parentheses without its own cue takes the reading
 * of the clause around it ("Advanced degree (PhD, MPH) highly preferred").
 */

const PREFERENCE_RE =
  /\b(?:preferred|(?:preferably|ideally)(?!,?\s{1,2}(?:in|with|from|(?!at least)at|on|within|using|as)\b)|prefer|preference|(?:is |are )?an? (?:\w{1,12} )?plus|nice[ -]to[ -]have|ideal|bonus|desired|desirable|advantage|advantageous|an asset|would be (?:great|nice|helpful)|helpful|beneficial|optional|good to have|great to have|we'd love|would love|highly valued)\b/gi;
/** Strong requirement words win ties; "minimum" and "at least" only decide a clause with no other cue. */
const STRONG_REQUIREMENT_RE = /\b(?:required|requires?|must|mandatory|essential|necessary)\b/gi;
const WEAK_REQUIREMENT_RE = /\b(?:minimum|at least|need|needs)\b/gi;
const DEGREE_START = '(?:PhD|PHD|Ph\\.|Doctor|doctor|BS|MS|BA|MA|B\\.|M\\.|MBA|MPH|Master|master|Bachelor|bachelor|Associate|associate|Advanced|advanced|Graduate|graduate)';
const CLAUSE_BREAK_RE = new RegExp(`;|(?<!\\b[A-Za-z])\\.\\s|\\s-\\s|,\\s{0,2}(?=(?:or\\s{1,2}|and\\s{1,2})?(?:an?\\s{1,2})?${DEGREE_START}|preferabl|ideally|with\\s(?!\\d)|(?:yet|but|while|whereas)\\s|\\d{1,2}\\+?\\s{0,2}(?:-\\s{0,2}\\d{1,2}\\s{0,2})?(?:year|yrs))`, 'g');

interface Cue {
  /** Offset in the unit slice. */
  at: number;
  kind: 'preferred' | 'required' | 'weak';
  inParens: boolean;
}

/** Reads required vs preferred at any position of one unit; built once per unit, queried per mention. */
export type ClauseReader = (pos: number) => boolean | null;

const PARENS_RE = /\([^()]{0,300}\)/g;

/**
 * Builds the reader for the unit [unitStart, unitEnd) of `text`: parentheses, clause breaks and cues are found
 * once; each query then only filters them.
 */
export function clauseReader(text: string, unitStart: number, unitEnd: number): ClauseReader {
  const slice = text.slice(unitStart, unitEnd);
  // exec loops rather than matchAll, which copies the regex on every call; no pattern here matches empty text.
  let m: RegExpExecArray | null;
  const parens: [number, number][] = [];
  PARENS_RE.lastIndex = 0;
  while ((m = PARENS_RE.exec(slice)) !== null) parens.push([m.index, m.index + m[0].length - 1]);
  const inParens = (at: number): boolean => parens.some(([o, c]) => at > o && at < c);
  // Clause breaks outside parentheses.
  const blanked = parens.length ? slice.replace(PARENS_RE, (m) => ' '.repeat(m.length)) : slice;
  const breaks: [number, number][] = [];
  CLAUSE_BREAK_RE.lastIndex = 0;
  while ((m = CLAUSE_BREAK_RE.exec(blanked)) !== null) breaks.push([m.index, m.index + m[0].length]);
  // Breaks inside parentheses, for "(Masters preferred, bachelors minimum)".
  const innerBreaks: [number, number][] = [];
  if (parens.length) {
    CLAUSE_BREAK_RE.lastIndex = 0;
    while ((m = CLAUSE_BREAK_RE.exec(slice)) !== null) if (inParens(m.index)) innerBreaks.push([m.index, m.index + m[0].length]);
  }
  const cues: Cue[] = [];
  PREFERENCE_RE.lastIndex = 0;
  while ((m = PREFERENCE_RE.exec(slice)) !== null) cues.push({ at: m.index, kind: 'preferred', inParens: inParens(m.index) });
  STRONG_REQUIREMENT_RE.lastIndex = 0;
  while ((m = STRONG_REQUIREMENT_RE.exec(slice)) !== null) {
    // "not required" is no requirement; negation is read elsewhere.
    if (!/\bnot\s{1,2}$/i.test(slice.slice(Math.max(0, m.index - 6), m.index))) cues.push({ at: m.index, kind: 'required', inParens: inParens(m.index) });
  }
  WEAK_REQUIREMENT_RE.lastIndex = 0;
  while ((m = WEAK_REQUIREMENT_RE.exec(slice)) !== null) cues.push({ at: m.index, kind: 'weak', inParens: inParens(m.index) });

  /** The reading of [from, to) (slice offsets); `inner` reads inside parentheses, otherwise they are skipped. */
  const readRange = (from: number, to: number, pos: number, inner: boolean): boolean | null => {
    const here = cues.filter((c) => c.at >= from && c.at < to && (inner || !c.inParens));
    const strong = here.filter((c) => c.kind !== 'weak');
    const pref = strong.some((c) => c.kind === 'preferred');
    const req = strong.some((c) => c.kind === 'required');
    if (pref && !req) return false;
    if (req && !pref) return true;
    if (pref && req) {
      let best = strong[0]!;
      for (const c of strong) if (Math.abs(c.at - pos) < Math.abs(best.at - pos)) best = c;
      return best.kind === 'required';
    }
    return here.length > 0 ? true : null;
  };
  /** The clause [start, end) around `pos`, ignoring parentheses. */
  const clauseAround = (pos: number, from = 0, to = slice.length, cuts = breaks): [number, number] => {
    let start = from;
    for (const [b, e] of cuts) {
      if (b < from || b >= to) continue;
      if (b < pos) start = e;
      else return [start, b];
    }
    return [start, to];
  };

  return (absolutePos: number): boolean | null => {
    const pos = absolutePos - unitStart;
    const paren = parens.find(([o, c]) => pos > o && pos < c);
    if (paren) {
      const [open, close] = paren;
      const [innerStart, innerEnd] = clauseAround(pos, open + 1, close, innerBreaks);
      const own = readRange(innerStart, innerEnd, pos, true) ?? readRange(open + 1, close, pos, true);
      if (own !== null) return own;
      // The clause around the parentheses, read without them: what follows first ("(PhD, MPH) preferred").
      const [outerStart, outerEnd] = clauseAround(open);
      return readRange(close + 1, Math.max(outerEnd, close + 1), close + 1, false) ?? readRange(outerStart, open, open, false);
    }
    const [start, end] = clauseAround(pos);
    return readRange(start, end, pos, false);
  };
}
