/**
 * Required vs preferred for one clause of a unit: "Bachelor's degree required; Master's preferred" holds two
 * readings in one bullet. Clauses end at ";", sentence ends, " - ", parentheses, and at ", " before another
 * degree or a "preferably / ideally / with" tail. A clause in parentheses without its own cue takes the reading
 * of the clause around it ("Advanced degree (PhD, MPH) highly preferred").
 */

const PREFERENCE_RE =
  /\b(?:preferred|preferably|prefer|preference|(?:is |are )?an? (?:\w{1,12} )?plus|nice[ -]to[ -]have|ideally|ideal|bonus|desired|desirable|advantage|advantageous|an asset|would be (?:great|nice|helpful)|helpful|beneficial|optional|good to have|great to have|we'd love|would love|highly valued)\b/gi;
/** Strong requirement words win ties; "minimum" and "at least" only decide a clause with no other cue. */
const STRONG_REQUIREMENT_RE = /\b(?:required|requires?|must|mandatory|essential|necessary)\b/gi;
const WEAK_REQUIREMENT_RE = /\b(?:minimum|at least|need|needs)\b/i;
const DEGREE_START = '(?:PhD|PHD|Ph\\.|Doctor|doctor|BS|MS|BA|MA|B\\.|M\\.|MBA|MPH|Master|master|MASTER|Bachelor|bachelor|BACHELOR|Associate|associate|Advanced|advanced|Graduate|graduate)';
const CLAUSE_BREAK_RE = new RegExp(`;|(?<!\\b[A-Za-z])\\.\\s|\\s-\\s|,\\s{0,2}(?=(?:or\\s{1,2}|and\\s{1,2})?(?:an?\\s{1,2})?${DEGREE_START}|preferabl|ideally|with\\s(?!\\d))`, 'g');

interface Cue {
  at: number;
  kind: 'preferred' | 'required';
}

/** The text with parenthesised parts blanked out (same length), so an outer clause ignores their cues. */
function withoutParens(slice: string): string {
  return slice.replace(/\([^()]{0,300}\)/g, (m) => ' '.repeat(m.length));
}

function cuesIn(text: string, from: number, to: number): Cue[] {
  const slice = withoutParens(text.slice(from, to));
  const cues: Cue[] = [];
  for (const m of slice.matchAll(PREFERENCE_RE)) cues.push({ at: from + m.index, kind: 'preferred' });
  for (const m of slice.matchAll(STRONG_REQUIREMENT_RE)) {
    // "not required" is no requirement; negation is read elsewhere.
    if (!/\bnot\s{1,2}$/i.test(slice.slice(Math.max(0, m.index - 6), m.index))) cues.push({ at: from + m.index, kind: 'required' });
  }
  return cues;
}

function readClause(text: string, from: number, to: number, pos: number): boolean | null {
  const cues = cuesIn(text, from, to);
  const pref = cues.filter((c) => c.kind === 'preferred');
  const req = cues.filter((c) => c.kind === 'required');
  if (pref.length && !req.length) return false;
  if (req.length && !pref.length) return true;
  if (pref.length && req.length) {
    let best = cues[0]!;
    for (const c of cues) if (Math.abs(c.at - pos) < Math.abs(best.at - pos)) best = c;
    return best.kind === 'required';
  }
  return WEAK_REQUIREMENT_RE.test(withoutParens(text.slice(from, to))) ? true : null;
}

/** The clause [start, end) around `pos` inside [unitStart, unitEnd), ignoring parentheses. */
function clauseAround(text: string, unitStart: number, unitEnd: number, pos: number): { start: number; end: number } {
  const slice = withoutParens(text.slice(unitStart, unitEnd));
  let start = unitStart;
  let end = unitEnd;
  CLAUSE_BREAK_RE.lastIndex = 0;
  for (const m of slice.matchAll(CLAUSE_BREAK_RE)) {
    const at = unitStart + m.index;
    if (at < pos) start = at + m[0].length;
    else {
      end = at;
      break;
    }
  }
  return { start, end };
}

/** Parentheses enclosing `pos` inside [from, to), or null. */
function parenAround(text: string, from: number, to: number, pos: number): { open: number; close: number } | null {
  const open = text.lastIndexOf('(', pos);
  if (open < from) return null;
  const closeBefore = text.indexOf(')', open);
  if (closeBefore >= 0 && closeBefore < pos) return null;
  const close = closeBefore >= 0 && closeBefore < to ? closeBefore : to;
  return { open, close };
}

/**
 * Whether what sits at `pos` is required (true) or preferred (false) by the cues of its clause; null when the
 * clause has none.
 */
export function readingAt(text: string, unitStart: number, unitEnd: number, pos: number): boolean | null {
  const paren = parenAround(text, unitStart, unitEnd, pos);
  if (paren) {
    const own = readClause(text, paren.open + 1, paren.close, pos);
    if (own !== null) return own;
    // The clause around the parentheses, read without them.
    const outer = clauseAround(text, unitStart, unitEnd, paren.open);
    const outerEnd = Math.max(outer.end, Math.min(unitEnd, paren.close + 1));
    const beforeParen = readClause(text, outer.start, paren.open, paren.open);
    const afterEnd = clauseAround(text, unitStart, unitEnd, Math.min(unitEnd - 1, paren.close + 1)).end;
    const afterParen = readClause(text, paren.close + 1, Math.max(afterEnd, outerEnd), paren.close + 1);
    return afterParen ?? beforeParen;
  }
  const clause = clauseAround(text, unitStart, unitEnd, pos);
  return readClause(text, clause.start, clause.end, pos);
}

/** `readingAt`, or `fallback` (the reading of the section) when the clause has no cue. */
export function isRequiredAt(text: string, unitStart: number, unitEnd: number, pos: number, fallback: boolean): boolean {
  return readingAt(text, unitStart, unitEnd, pos) ?? fallback;
}
