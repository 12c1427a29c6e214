import { OPENS, type OpenedUnitView, type OpeningScreen } from '../refiners/unit-words.js';
import type { DegreeLevel } from '../schema.js';
import { isAsciiLetter } from '../taxonomy/tokenize.js';
import {
  DEGREE_FORMS,
  NOT_DEGREE_AFTER,
  NOT_DEGREE_BEFORE,
  OTHER_PEOPLE_CUES,
  OTHER_PEOPLE_NOUNS,
  NOT_ASKED_CUES,
  OFFERED_DOCTORATE_NOUNS,
  OFFERED_DOCTORATE_NOUNS_LOWER,
  OFFERED_STUDENT_BEFORE,
  APPLICATION_DOCUMENT_CUES,
  SELF_EVIDENT_ABBREVIATIONS,
  STATE_ABBREVIATIONS,
  type DegreeForm,
} from '../lexicon/degrees.js';

/** One degree-level mention in `doc.text` (offsets into the normalised text). */
export interface DegreeMention {
  start: number;
  end: number;
  level: DegreeLevel;
  /** The text as written ("B.S.", "Master's"), for implied fields (MBA) and debugging. */
  form: string;
  /** "no degree required", "a PhD is not necessary". */
  negated: boolean;
}

interface CompiledPolicy {
  forms: DegreeForm[];
  re: RegExp;
  /** The OPENS bit of the word starts where a form of the policy may open. */
  opens: number;
}

/** The OPENS bit of each policy's forms. */
const POLICY_OPENS = { safe: OPENS.safeDegree, abbreviation: OPENS.abbreviationDegree, word: OPENS.wordDegree } as const;
/** Any of the three. */
const ANY_DEGREE_OPENS = OPENS.safeDegree | OPENS.abbreviationDegree | OPENS.wordDegree;

const alternation = (words: readonly string[]): string => words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '[ -]')).join('|');

/** The source of each policy's pattern: one capture group per form, longest first. */
function policySource(policy: DegreeForm['policy'], forms: readonly DegreeForm[]): string {
  const body = forms.map((f) => `(${f.pattern})`).join('|');
  // A hyphen glued to a word before a safe form makes it part of that word ("non-degree"); a hyphen that opens the
  // line is a bullet ("-Bachelor's degree").
  const before = policy === 'safe' ? '(?<![A-Za-z0-9]|[A-Za-z0-9]-)' : '(?<![A-Za-z0-9])';
  return `${before}(?:${body})(?![A-Za-z0-9])`;
}

/**
 * One regex per policy, each form in its own capture group (longest first), tested (sticky) only at the word starts
 * where the policy's opening screen (DEGREE_OPENINGS) lets one of its forms begin.
 */
const STICKY: readonly CompiledPolicy[] = (['safe', 'abbreviation', 'word'] as const).map((policy) => {
  const forms = DEGREE_FORMS.filter((f) => f.policy === policy).sort((a, b) => b.pattern.length - a.pattern.length);
  return { forms, re: new RegExp(policySource(policy, forms), policy === 'safe' ? 'iy' : 'y'), opens: POLICY_OPENS[policy] };
});

/** Each policy's pattern and flags, for the law test of its opening screen (test/extract/word-openings.test.ts). */
export const DEGREE_POLICY_PATTERNS: readonly { policy: DegreeForm['policy']; opens: number; source: string; flags: string }[] = STICKY.map(({ re, opens }, i) => ({
  policy: (['safe', 'abbreviation', 'word'] as const)[i]!,
  opens,
  source: re.source,
  flags: re.flags.replace('y', ''),
}));

/**
 * How the degree forms open, by policy, as the patterns of DEGREE_FORMS can spell them (a hand-kept list, held to the
 * patterns by test/extract/word-openings.test.ts): the safe forms (any case) by their first four characters ("4-ye",
 * "two ", "hs d"...) or their first two ("b.s", "m.a", "phd"); the abbreviations by their first two, exact case;
 * "Masters" and "Associates" by their first four. The DEGREE_CONTEXT_RE words by their first four.
 */
export const DEGREE_OPENINGS: readonly OpeningScreen[] = [
  {
    bit: OPENS.safeDegree,
    quads: [
      'bach', 'bacc', 'unde', '4 ye', '4-ye', 'four', 'coll', 'univ', 'mast', 'grad', 'adva', 'post', 'doct', 'd.ph', 'sc.d', 'j.d.',
      'asso', '2 ye', '2-ye', 'two ', 'two-', 'a.a.', 'a.s.', 'high', 'seco', 'hs d', 'acad',
    ],
    // Every form opening with "b.", "m." or "ph" ("b.tech", "m.p.h", "pharm.d"), in any case, by those two.
    pairs: ['b.', 'B.', 'm.', 'M.', 'ph', 'pH', 'Ph', 'PH'],
  },
  {
    bit: OPENS.abbreviationDegree,
    pairs: ['BS', 'BE', 'BT', 'BA', 'MS', 'ME', 'MT', 'MB', 'MP', 'MF', 'MA', 'DP', 'Sc', 'Ph', 'MD', 'JD', 'DD', 'DV', 'AA', 'AS', 'GE'],
  },
  { bit: OPENS.wordDegree, quads: ['mast', 'asso'] },
  { bit: OPENS.degreeContext, quads: ['degr', 'educ', 'dipl', 'qual', 'grad', 'requ'] },
];

/**
 * The raw matches of the three policies, policy by policy, each in the order a global scan of `slice` finds them:
 * the sticky patterns are tested only at the word starts where the policy's opening screen lets a form begin,
 * skipping those a previous match of the same policy covers (as the global scan goes on after a match).
 */
function rawAtStarts(unit: OpenedUnitView, raw: RawMatch[]): void {
  const { slice, start: unitStart, starts, opens, startCount, opensAny } = unit;
  for (const { forms, re, opens: bit } of STICKY) {
    if ((opensAny & bit) === 0) continue;
    let from = 0;
    for (let k = 0; k < startCount; k++) {
      if ((opens[k]! & bit) === 0) continue;
      const at = starts[k]! - unitStart;
      if (at < from) continue;
      re.lastIndex = at;
      const m = re.exec(slice);
      if (m === null) continue;
      from = at + m[0].length;
      let g = 1;
      while (g <= forms.length && m[g] === undefined) g++;
      const form = forms[g - 1];
      if (form) raw.push({ start: unitStart + at, end: unitStart + from, form });
    }
  }
}

interface RawMatch {
  start: number;
  end: number;
  form: DegreeForm;
}

const NOT_AFTER_RE = new RegExp(`^[ -](?:${alternation(NOT_DEGREE_AFTER)})\\b`, 'i');
const NOT_BEFORE_RE = new RegExp(`\\b(?:${alternation(NOT_DEGREE_BEFORE)})[ -]$`, 'i');
const OTHER_NOUN_RE = new RegExp(`^(?:'?s)?(?:[ /](?:or|and|&|[A-Z][A-Za-z.']{1,8}))?(?: degree)? (?:${alternation(OTHER_PEOPLE_NOUNS)})\\b`);
const OTHER_CUE_RE = new RegExp(`\\b(?:${alternation([...OTHER_PEOPLE_CUES, ...NOT_ASKED_CUES])})\\b[^.;:]{0,60}$`, 'i');
const OFFERED_AFTER_RE = new RegExp(`^\\.?\\s{1,2}(?:${alternation(OFFERED_DOCTORATE_NOUNS)})\\b`, 'i');
const OFFERED_AFTER_LOWER_RE = new RegExp(`^\\.?\\s{1,2}(?:${alternation(OFFERED_DOCTORATE_NOUNS_LOWER)})\\b`);
const STUDENT_AFTER_RE = /^\.?\s{1,2}student\b/;
const OFFERED_STUDENT_BEFORE_RE = new RegExp(`\\b${OFFERED_STUDENT_BEFORE}\\s{1,2}$`, 'i');

/** A doctorate named as the post on offer: "A 3-year PhD scholarship", "The PhD student will ...". */
function isOfferedDoctorate(before: string, after: string): boolean {
  return OFFERED_AFTER_RE.test(after) || OFFERED_AFTER_LOWER_RE.test(after) || (STUDENT_AFTER_RE.test(after) && OFFERED_STUDENT_BEFORE_RE.test(before));
}

/**
 * A degree in a diploma named as a paper: "Diploma ( MSc/PhD )", "Diplomas ( Master and PhD degree", right after
 * "diploma (" in its parentheses, or "BSc/MSc diploma", right before "diploma". ("Diploma or Master's degree", "a
 * Master's degree or diploma" are qualifications of their own.)
 */
const IN_DIPLOMA_PARENS_RE = /\bdiplomas?\s{0,2}\([^()]{0,40}$/i;
const BEFORE_DIPLOMA_RE = /^(?:'?s)?(?:\s{0,2}\/\s{0,2}[a-z.]{2,8})*\s{1,2}diplomas?\b/i;
const DOCUMENT_LIST_RE = new RegExp(`\\b(?:${alternation(APPLICATION_DOCUMENT_CUES)})\\b`, 'i');
/** How far from the diploma the other papers of the list may stand (a list of bullets: "•CV •Diploma"). */
const DOCUMENT_LIST_REACH = 150;

/** A degree named as a document to send with the application ("cover letter, CV, Diploma (MSc/PhD)"). */
function isApplicationDocument(text: string, start: number, end: number, before: string, after: string): boolean {
  if (!IN_DIPLOMA_PARENS_RE.test(before) && !BEFORE_DIPLOMA_RE.test(after)) return false;
  return DOCUMENT_LIST_RE.test(text.slice(Math.max(0, start - DOCUMENT_LIST_REACH), Math.min(text.length, end + DOCUMENT_LIST_REACH)));
}

/** The contact's own title: "please contact <NAME> <NAME> M.Sc", "Contact person: Jane Smith, PhD". */
const CONTACT_TITLE_BEFORE_RE = /\b[Cc]ontact(?:\s{1,2}person)?:?\s{1,2}(?:(?:Dr|Prof)\.?\s{1,2})?(?:(?:<NAME>|[A-Z][a-z'-]{1,20})\s{0,2}){1,3},?\s{1,2}$/;

/** A degree abbreviation or word right after a connector: "BS/MS", "BA or BS", "MS, PhD". */
/** With the i flag, "[bm].?[sae]" also covers "Master" and "Bachelor" (the tail is open). */
const NEXT_DEGREE = "(?:ph\\.?\\s?d|doctor|[bm]\\.?[sae]|[bm]\\.|mph|associate)";
const STRONG_AFTER_RE = new RegExp(
  `^(?:'?s)?\\s{0,2}(?:\\(|degrees?\\b|diploma|in [a-z]|of (?:Science|Arts|Engineering|Business|Public)|level\\b|program|holders?\\b|preferred|required|with\\b|\\+|plus\\b|and\\s{1,2}(?:at least\\s{1,2}|a minimum of\\s{1,2})?(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten)\\b|or (?:higher|above|equivalent)|/\\s{0,2}${NEXT_DEGREE}|/\\s{0,2}[A-Z]{2,5}\\s{1,2}degrees?\\b|(?:or|and|&|and/or|,)\\s{1,2}(?:an? )?${NEXT_DEGREE}|\\s{1,2}M\\.?Sc?\\.?\\s{1,2}(?:or|and|/)\\s{1,2}(?:ph\\.?\\s?d|doctor))`,
  'i',
);
/** After a word form ("Master", "Masters"): it is asked outright. */
const WORD_IS_ASKED_RE = /^(?:'?s)?\s{1,2}(?:is|are)\s{1,2}(?:strongly\s{1,2}|highly\s{1,2})?(?:preferred|required|desired|a plus)\b/i;
/** "Associates, Bachelor's...", "associates or bachelor's degree": another degree follows in a list. */
const DEGREE_LIST_AFTER_RE = /^(?:'?s)?\s{0,2}(?:,|\/|or|and|and\/or)\s{1,3}(?:an?\s)?(?:ph\.?\s?d|doctor|bachelor|master|[BM]\.?[SA]\b|mba|high school|GED)/i;
const WEAK_AFTER_RE = /^(?:'?s)?\s{0,2}(?:[,.;:)]|or\b|and\b|$)/;
/** Exported for the law test of its opening screen (test/extract/word-openings.test.ts). */
export const DEGREE_CONTEXT_RE = /\b(?:degrees?|education|diploma|qualifications?|graduate|requirements?)\b/i;
/** DEGREE_CONTEXT_RE at one position. */
const DEGREE_CONTEXT_AT = new RegExp(DEGREE_CONTEXT_RE.source, 'iy');

/** `DEGREE_CONTEXT_RE.test(slice)`, tested only at the unit's word starts where a word of it may begin. */
function degreeContextAtStarts(unit: OpenedUnitView): boolean {
  const { slice, start: unitStart, starts, opens, startCount, opensAny } = unit;
  if ((opensAny & OPENS.degreeContext) === 0) return false;
  for (let k = 0; k < startCount; k++) {
    if ((opens[k]! & OPENS.degreeContext) === 0) continue;
    DEGREE_CONTEXT_AT.lastIndex = starts[k]! - unitStart;
    if (DEGREE_CONTEXT_AT.test(slice)) return true;
  }
  return false;
}
const CITY_BEFORE_RE = /[A-Z][a-z]{2,20},\s{0,2}$/;
/** "no degree", "no college degree", "without a graduate degree": the candidate need not have it. */
const NEGATED_BEFORE_RE = /\b(?:no|without)\s{1,2}(?:[a-z']{1,12}\s{1,2}){0,2}$/i;
const NEGATED_AFTER_RE = /^(?:'?s)?(?:\s{1,2}degree)?\s{1,2}(?:is\s{1,2}|are\s{1,2})?(?:not|n't)\s{1,2}(?:required|necessary|needed|mandatory|a requirement)/i;

function isStrongForm(m: string, form: DegreeForm): boolean {
  return form.policy === 'safe' || (form.policy === 'abbreviation' && SELF_EVIDENT_ABBREVIATIONS.has(m));
}

/**
 * Decides whether an ambiguous form ("MS", "MA", "Masters") is a degree here, from the words around it.
 * `prevAccepted` is the end of the last accepted mention, for coordinations such as "BS/MS" and "BA or BS".
 */
function acceptAmbiguous(text: string, start: number, end: number, unitStart: number, unitEnd: number, form: DegreeForm, prevAcceptedEnd: number, unitHasDegreeContext: boolean): boolean {
  const token = text.slice(start, end);
  const before = text.slice(Math.max(unitStart, start - 40), start);
  const after = text.slice(end, Math.min(unitEnd, end + 60));
  // "BA-level": a level of education, the one hyphenated word that keeps the degree.
  if (/^-level\b/i.test(after) && /^(?:[BM][AS]c?|Ph\.?D)$/.test(token)) return true;
  // "-[a-z]" (any case) opening `after`: a hyphenated word ("MS-DOS").
  if (NOT_AFTER_RE.test(after) || (after.length >= 2 && after.charCodeAt(0) === 0x2d && isAsciiLetter(after.charCodeAt(1)))) return false;
  const coordinated = prevAcceptedEnd >= 0 && /^(?:'?s)?(?:\s{0,2}degrees?)?\s{0,2}(?:[/,&(]|or|and|and\/or)\s{0,2}(?:an?\s)?$/.test(text.slice(prevAcceptedEnd, start));
  if (form.policy === 'word') {
    if (NOT_BEFORE_RE.test(before)) return false;
    // "Master is preferred" (the word form only: "MA is required" is a state, "Sales Associates are required" people).
    if (/^masters?$/i.test(token) && WORD_IS_ASKED_RE.test(after)) return true;
    if (/^ of (?!Science|Arts|Engineering|Business|Public|Computer|Information|Data|Applied|Mathematics|Statistics|Economics|Finance|Health|Education|Fine)/.test(after)) return false;
    // "an education in economics or finance at master level": a level of education.
    if (/^masters?$/i.test(token) && /^(?:'?s)?[ -]level\b/i.test(after) && unitHasDegreeContext) return true;
    if (token === 'master' || token === 'masters') return coordinated || /^(?:'?s)?\s{0,2}(?:degrees?|diploma|or\s{1,2}(?:phd|ph\.d|doctor)|with\s{1,2}(?:at least\s{1,2}|a minimum of\s{1,2})?\d)/i.test(after);
    if (/\bpost[ -]?$/i.test(before)) return true;
    if (/^associates?$/i.test(token)) {
      // "Sales Associates", "Associate Director" are people: only a list item among degrees counts.
      if (!/^(?:'?s)?\s{0,2}(?:$|[,;)/]|or\b|and\b|degrees?\b|diploma)/i.test(after)) return false;
      if (/[a-z]\s{1,2}$/i.test(before) && !/\b(?:or|and|an?|the|with|have|has|hold|holds|possess|including|either|minimum)\s{1,2}$/i.test(before)) return false;
      return coordinated || DEGREE_LIST_AFTER_RE.test(after);
    }
  } else {
    if (/[a-z0-9][-/]$/i.test(before) && !coordinated) return false; // "LC-MS/MS", "ICP-MS"
    if (STATE_ABBREVIATIONS.has(token) && CITY_BEFORE_RE.test(before) && !/^\s{0,2}(?:degree|in [A-Z])/.test(after)) return false;
    if (token === 'BE' || token === 'AS' || token === 'AA' || token === 'MD' || token === 'JD' || token === 'AAS') {
      // Common words or other things: only "AS degree", "MD/PhD", "BE in Electrical Engineering".
      return coordinated || /^\s{0,2}(?:degrees?\b|in [A-Z]|\/\s{0,2}(?:PhD|Ph\.D|AS|AA)|or\s{1,2}(?:PhD|Ph\.D|DO)\b)/.test(after);
    }
  }
  if (coordinated || STRONG_AFTER_RE.test(after)) return true;
  return WEAK_AFTER_RE.test(after) && unitHasDegreeContext;
}

/** Quick tests that a unit may hold a degree at all, before the full scan. */
const WORD_PRETEST_RE = /bachelor|master|degree|ph\.?\s?d|doctor|graduate|associate|school|baccalaureate|diploma/i;
const ABBREVIATION_PRETEST_RE = /\b(?:[BM]\.?[SAE]|[BM]Tech|MBA|MPH|MD|JD|AA|AS|GED|DPhil|PharmD|ScD|DDS|DVM|MFE|[Aa]\.[ASas]\.)/;
/** The dotted forms, in any case ("B.Tech", "J.D.", "m.eng", "Pharm.D"), which the abbreviation test misses. */
const DOTTED_PRETEST_RE = /\b(?:[abdjm]|sc|pharm)\.\s?[a-z]/i;

function mayHoldDegree(slice: string): boolean {
  return WORD_PRETEST_RE.test(slice) || ABBREVIATION_PRETEST_RE.test(slice) || DOTTED_PRETEST_RE.test(slice);
}

const isWordChar = (c: number): boolean => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f;

/** "PhD" [start, end) right before an "s" that ends a word ("PhDs"): `/^ph/i` on the form and `/^s\b/` after it. */
function isPhFollowedByS(text: string, start: number, end: number): boolean {
  // (No read past the text's end: it deoptimizes.)
  if (end >= text.length || (text.charCodeAt(start) | 0x20) !== 0x70 || (text.charCodeAt(start + 1) | 0x20) !== 0x68 || text.charCodeAt(end) !== 0x73) return false;
  return end + 1 >= text.length || !isWordChar(text.charCodeAt(end + 1));
}

/** `/non-$/i` on the unit's text before `start`: "non-" (any case) ends it. */
function endsInNonHyphen(text: string, start: number, unitStart: number): boolean {
  return (
    start - unitStart >= 4 &&
    text.charCodeAt(start - 1) === 0x2d &&
    (text.charCodeAt(start - 4) | 0x20) === 0x6e &&
    (text.charCodeAt(start - 3) | 0x20) === 0x6f &&
    (text.charCodeAt(start - 2) | 0x20) === 0x6e
  );
}

const byStartThenLongest = (a: RawMatch, b: RawMatch): number => a.start - b.start || b.end - a.end;

/** The matches stand as `byStartThenLongest` puts them (a stable sort would leave them as they are). */
function inOrder(raw: readonly RawMatch[]): boolean {
  for (let k = 1; k < raw.length; k++) if (byStartThenLongest(raw[k - 1]!, raw[k]!) > 0) return false;
  return true;
}

/**
 * Degree mentions of the candidate inside the unit, in text order. The forms are tested only at the unit's word
 * starts, with the result of a global scan of its text.
 */
export function findDegreeMentions(unit: OpenedUnitView): DegreeMention[] {
  const { text, start: unitStart, end: unitEnd, slice } = unit;
  if ((unit.opensAny & ANY_DEGREE_OPENS) === 0) return [];
  const raw: RawMatch[] = [];
  rawAtStarts(unit, raw);
  // The quick tests decide as before, now only where a form was found.
  if (raw.length === 0 || !mayHoldDegree(slice)) return [];
  // Each form's matches come in text order, so with one form found (most units) the list is in order already; a
  // sort would copy it all the same.
  if (!inOrder(raw)) raw.sort(byStartThenLongest);
  const unitHasDegreeContext = degreeContextAtStarts(unit);
  const out: DegreeMention[] = [];
  let lastEnd = -1;
  let prevAcceptedEnd = -1;
  for (const r of raw) {
    if (r.start < lastEnd) continue; // overlapped by a longer or earlier form
    const token = text.slice(r.start, r.end);
    const { form } = r;
    const ok = isStrongForm(token, form)
      ? !(form.policy === 'safe' && isPhFollowedByS(text, r.start, r.end))
      : acceptAmbiguous(text, r.start, r.end, unitStart, unitEnd, form, prevAcceptedEnd, unitHasDegreeContext || out.length > 0);
    if (!ok) continue;
    // "2+ years of experience or post doctoral": the research after a doctorate, not a degree asked.
    if ((token.charCodeAt(0) | 0x20) === 0x64 && /^doctoral/i.test(token) && /\bpost\s{0,2}$/i.test(text.slice(Math.max(unitStart, r.start - 6), r.start))) continue;
    lastEnd = r.end;
    const before = text.slice(Math.max(unitStart, r.start - 80), r.start);
    const after = text.slice(r.end, Math.min(unitEnd, r.end + 40));
    if (
      endsInNonHyphen(text, r.start, unitStart) || OTHER_NOUN_RE.test(after) || OTHER_CUE_RE.test(before) ||
      (form.level === 'doctorate' && isOfferedDoctorate(before, after)) || isApplicationDocument(text, r.start, r.end, before, after) ||
      CONTACT_TITLE_BEFORE_RE.test(before)
    ) {
      prevAcceptedEnd = r.end; // still lets "PhD/Masters statisticians" coordinate, but reports nothing
      continue;
    }
    const negated = NEGATED_BEFORE_RE.test(before) || NEGATED_AFTER_RE.test(after);
    out.push({ start: r.start, end: r.end, level: form.level, form: token, negated });
    prevAcceptedEnd = r.end;
  }
  return out;
}
