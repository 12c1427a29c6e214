import type { DegreeLevel } from '../schema.js';
import {
  DEGREE_FORMS,
  NOT_DEGREE_AFTER,
  NOT_DEGREE_BEFORE,
  OTHER_PEOPLE_CUES,
  OTHER_PEOPLE_NOUNS,
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
}

const alternation = (words: readonly string[]): string => words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '[ -]')).join('|');

/** One regex per policy, each form in its own capture group (longest first), so a unit is scanned three times. */
const COMPILED: readonly CompiledPolicy[] = (['safe', 'abbreviation', 'word'] as const).map((policy) => {
  const forms = DEGREE_FORMS.filter((f) => f.policy === policy).sort((a, b) => b.pattern.length - a.pattern.length);
  const body = forms.map((f) => `(${f.pattern})`).join('|');
  const before = policy === 'safe' ? '(?<![A-Za-z0-9-])' : '(?<![A-Za-z0-9])';
  return { forms, re: new RegExp(`${before}(?:${body})(?![A-Za-z0-9])`, policy === 'safe' ? 'gi' : 'g') };
});

const NOT_AFTER_RE = new RegExp(`^[ -](?:${alternation(NOT_DEGREE_AFTER)})\\b`, 'i');
const NOT_BEFORE_RE = new RegExp(`\\b(?:${alternation(NOT_DEGREE_BEFORE)})[ -]$`, 'i');
const OTHER_NOUN_RE = new RegExp(`^(?:'?s)?(?:[ /](?:or|and|&|[A-Z][A-Za-z.']{1,8}))?(?: degree)? (?:${alternation(OTHER_PEOPLE_NOUNS)})\\b`);
const OTHER_CUE_RE = new RegExp(`\\b(?:${alternation(OTHER_PEOPLE_CUES)})\\b[^.;:]{0,60}$`, 'i');
/** A degree abbreviation or word right after a connector: "BS/MS", "BA or BS", "MS, PhD". */
/** With the i flag, "[bm].?[sae]" also covers "Master" and "Bachelor" (the tail is open). */
const NEXT_DEGREE = "(?:ph\\.?\\s?d|doctor|[bm]\\.?[sae]|[bm]\\.|mph|associate)";
const STRONG_AFTER_RE = new RegExp(
  `^(?:'?s)?\\s{0,2}(?:\\(|degrees?\\b|diploma|in [a-z]|of (?:Science|Arts|Engineering|Business|Public)|level\\b|program|holders?\\b|preferred|required|with\\b|\\+|plus\\b|and\\s{1,2}(?:at least\\s{1,2}|a minimum of\\s{1,2})?(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten)\\b|or (?:higher|above|equivalent)|/\\s{0,2}${NEXT_DEGREE}|(?:or|and|&|and/or|,)\\s{1,2}(?:an? )?${NEXT_DEGREE})`,
  'i',
);
/** "Associates, Bachelor's...", "associates or bachelor's degree": another degree follows in a list. */
const DEGREE_LIST_AFTER_RE = /^(?:'?s)?\s{0,2}(?:,|\/|or|and|and\/or)\s{1,3}(?:an?\s)?(?:ph\.?\s?d|doctor|bachelor|master|[BM]\.?[SA]\b|mba|high school|GED)/i;
const WEAK_AFTER_RE = /^(?:'?s)?\s{0,2}(?:[,.;:)]|or\b|and\b|$)/;
const DEGREE_CONTEXT_RE = /\b(?:degrees?|education|diploma|qualifications?|graduate|requirements?)\b/i;
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
  if (NOT_AFTER_RE.test(after) || /^-[a-z]/i.test(after)) return false;
  const coordinated = prevAcceptedEnd >= 0 && /^(?:'?s)?(?:\s{0,2}degrees?)?\s{0,2}(?:[/,&(]|or|and|and\/or)\s{0,2}(?:an?\s)?$/.test(text.slice(prevAcceptedEnd, start));
  if (form.policy === 'word') {
    if (NOT_BEFORE_RE.test(before)) return false;
    if (/^ of (?!Science|Arts|Engineering|Business|Public|Computer|Information|Data|Applied|Mathematics|Statistics|Economics|Finance|Health|Education|Fine)/.test(after)) return false;
    if (token === 'master' || token === 'masters') return coordinated || /^(?:'?s)?\s{0,2}(?:degrees?|diploma|or\s{1,2}(?:phd|ph\.d|doctor))/i.test(after);
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

/** Degree mentions of the candidate inside [unitStart, unitEnd) of `text`, in text order. */
export function findDegreeMentions(text: string, unitStart: number, unitEnd: number): DegreeMention[] {
  const slice = text.slice(unitStart, unitEnd);
  if (!WORD_PRETEST_RE.test(slice) && !ABBREVIATION_PRETEST_RE.test(slice)) return [];
  const raw: { start: number; end: number; form: DegreeForm }[] = [];
  for (const { forms, re } of COMPILED) {
    re.lastIndex = 0;
    // An exec loop rather than matchAll, which copies the regex on every call.
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      let g = 1;
      while (g <= forms.length && m[g] === undefined) g++;
      const form = forms[g - 1];
      if (form) raw.push({ start: unitStart + m.index, end: unitStart + m.index + m[0].length, form });
    }
  }
  if (raw.length === 0) return [];
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const unitHasDegreeContext = DEGREE_CONTEXT_RE.test(slice);
  const out: DegreeMention[] = [];
  let lastEnd = -1;
  let prevAcceptedEnd = -1;
  for (const r of raw) {
    if (r.start < lastEnd) continue; // overlapped by a longer or earlier form
    const token = text.slice(r.start, r.end);
    const { form } = r;
    const ok = isStrongForm(token, form)
      ? !(form.policy === 'safe' && /^ph/i.test(token) && /^s\b/.test(text.slice(r.end, r.end + 2)))
      : acceptAmbiguous(text, r.start, r.end, unitStart, unitEnd, form, prevAcceptedEnd, unitHasDegreeContext || out.length > 0);
    if (!ok) continue;
    lastEnd = r.end;
    const before = text.slice(Math.max(unitStart, r.start - 80), r.start);
    const after = text.slice(r.end, Math.min(unitEnd, r.end + 40));
    if (/non-$/i.test(before) || OTHER_NOUN_RE.test(after) || OTHER_CUE_RE.test(before)) {
      prevAcceptedEnd = r.end; // still lets "PhD/Masters statisticians" coordinate, but reports nothing
      continue;
    }
    const negated = NEGATED_BEFORE_RE.test(before) || NEGATED_AFTER_RE.test(after);
    out.push({ start: r.start, end: r.end, level: form.level, form: token, negated });
    prevAcceptedEnd = r.end;
  }
  return out;
}
