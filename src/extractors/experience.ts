import { OPENS, type OpenedUnitView, type OpeningScreen } from '../refiners/unit-words.js';
import { NUMBER_WORD_PATTERN, parseNumberToken } from '../lexicon/numbers.js';
import {
  ACTIVITY_AFTER,
  COMPANY_AGE_BEFORE,
  COMPANY_WORDS,
  DEGREE_BEFORE_FIGURE,
  EXPERIENCE_WORDS,
  NOT_EXPERIENCE_AFTER,
  NOT_EXPERIENCE_BEFORE,
} from '../lexicon/experience.js';

/** One years-of-experience figure in `doc.text` (offsets into the normalised text). */
export interface ExperienceFigure {
  start: number;
  end: number;
  /** Lower bound in years ("3-5 years" = 3, "18 months" = 1.5). */
  minYears: number;
  /** Upper bound for ranges, else null. */
  maxYears: number | null;
  /** What the years are of ("Python", "machine learning", "industry"), null for a general figure. */
  subject: string | null;
  /**
   * The figures of "5+ or 3+ years" in text order: alternatives, not a range (a falling pair, or any pair that
   * "respectively" assigns to a list of degrees). `minYears` is then the smallest. Null for other figures.
   */
  alternatives: number[] | null;
}

const NUM = `(?:\\d{1,2}(?:\\.\\d{1,2})?|${NUMBER_WORD_PATTERN})(?:\\s{0,2}\\(\\d{1,2}\\+?\\))?`;
/** An adjective between the figure and its unit: "Five (5+) Expert years", "3 full years", "5 combined years". */
const YEARS_ADJECTIVE = '(?:expert|full|professional|relevant|progressive|solid|total|combined|working|practical|proven|hands-on|industry)';
/**
 * "5+ years", "three (3) years", "two-plus years", "3-5 years", "3 to 5 years", "8 -12 years", "2-3+ years",
 * "5 or more years", "18 months", "4-year". Bounded repeats throughout.
 */
export const FIGURE_RE = new RegExp(
  `(?<![A-Za-z0-9.$,])(${NUM})(?:\\s{0,2}(?:\\+|-?plus\\b))?` +
    `(?:\\s{0,2}(-|to|or|and|\\/)\\s{0,2}(${NUM})(?:\\s{0,2}\\+)?|\\s{1,2}(\\d{1,2}))?(?:\\s{1,2}or\\s{1,2}(?:more|greater))?` +
    `(?:\\s{0,2}|-)(?:${YEARS_ADJECTIVE}\\s{1,2})?(years?|yrs?\\.?|months?|mos\\.?)(?![A-Za-z])`,
  'gi',
);
/** FIGURE_RE tested at one position (sticky), where a word start and the opening screen below say a figure may start. */
const FIGURE_AT = new RegExp(FIGURE_RE.source, 'iy');
/** A figure opens with a digit or the first three letters of a number word. */
export const FIGURE_OPENING: OpeningScreen = { bit: OPENS.figure, digits: true, triples: NUMBER_WORD_PATTERN.split('|') };

/** The matches of FIGURE_RE over the unit's text that a global scan finds, tested only at the word starts where a figure may open. */
function figuresAtStarts(unit: OpenedUnitView): RegExpExecArray[] | null {
  const { slice, start: unitStart, starts, opens, startCount } = unit;
  let found: RegExpExecArray[] | null = null;
  let from = 0;
  for (let k = 0; k < startCount; k++) {
    if ((opens[k]! & OPENS.figure) === 0) continue;
    const at = starts[k]! - unitStart;
    if (at < from) continue;
    FIGURE_AT.lastIndex = at;
    const m = FIGURE_AT.exec(slice);
    if (m === null) continue;
    from = at + m[0].length;
    (found ??= []).push(m);
  }
  return found;
}

/** "Bachelor's or Master's degree with 5+ or 3+ years of experience, respectively": figures paired in order. */
const RESPECTIVELY_AFTER_RE = /^[^.;]{0,80}\brespectively\b/i;
/** Quick test before the full figure scan: most units name no time unit. */
const TIME_UNIT_RE = /(?:years?|yrs?|months?|mos)\b/i;
const NOT_BEFORE_RE = new RegExp(`(?:${NOT_EXPERIENCE_BEFORE.join('|')})`, 'i');
const NOT_AFTER_RE = new RegExp(`(?:${NOT_EXPERIENCE_AFTER.join('|')})`, 'i');
const EXPERIENCE_RE = new RegExp(EXPERIENCE_WORDS, 'i');
const COMPANY_AGE_RE = new RegExp(COMPANY_AGE_BEFORE, 'i');
const LESS_THAN_RE = /\b(?:less than|fewer than|under|no more than|not more than|at most|(?:a )?maximum of)\s{1,2}$/i;
/** "4-year" is a length ("4-year degree", "four-year college") unless experience follows. */
const HYPHEN_YEAR_EXPERIENCE_RE =
  /^\s{1,2}(?:of\s{1,2})?(?:(?!(?:and|with|plus|from|at|for|to|in|on|our|your|their|its)\b)[a-z-]{1,20}\s{1,2}){0,5}(?:experiences?|track record)\b/i;
const ACTIVITY_RE = new RegExp(ACTIVITY_AFTER, 'i');
/** More years than a career holds. */
const MAX_CAREER_YEARS = 40;
/** "Java: 3 years (Required)": a job board's experience line, tagged after the figure. */
export const TAGGED_AFTER_RE = /^\s{0,2}\((?:required|preferred)\)/i;
const COMPANY_RE = new RegExp(COMPANY_WORDS, 'i');
const DEGREE_BEFORE_RE = new RegExp(DEGREE_BEFORE_FIGURE, 'i');
/** A figure that opens its bullet: "5+ years in web analytics", "Minimum 5 years ...", "You have 5+ years ...". */
// eslint-disable-next-line no-control-regex -- \x07 is the normalised text's bullet (BULLET)
const OPENS_UNIT_RE = /^(?:[-\x07*]\s{0,2})?(?:(?:you have|you bring|have|has|minimum(?: of)?|a minimum of|at least|required:?|requires?|over|more than)\s{1,2}){0,2}$/i;
const GENERIC_SUBJECT_RE = /^(?:(?:of|in|with|relevant|related|professional|work|working|industry|job-related|practical|progressive|prior|previous|full-time|paid|post-graduate|postgraduate|hands-on|direct|demonstrated|proven|applicable|total|overall|similar|equivalent|combined|recent|solid|strong|general|the|a|an|and|or|\/)\s{1,2}){0,6}(?:experience|work)?\s{0,2}$/i;

function toYears(token: string, unit: string): number {
  // Only a token ending in ")" holds a "(5+)" to drop.
  const n = parseNumberToken(token.charCodeAt(token.length - 1) === 0x29 ? token.replace(/\s{0,2}\(\d{1,2}\+?\)$/, '') : token);
  return (unit.charCodeAt(0) | 0x20) === 0x6d ? Math.round((n / 12) * 100) / 100 : n;
}

/**
 * TIME_UNIT_RE matches where the figure `m` (of FIGURE_AT over `slice`) ends: its unit word is one of that pattern's
 * words, and a word boundary follows it unless a digit or "_" does (a letter cannot: FIGURE_RE forbids one).
 */
function endsInTimeUnit(slice: string, m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  if (end >= slice.length || m[0].charCodeAt(m[0].length - 1) === 0x2e) return true;
  const c = slice.charCodeAt(end);
  return !((c >= 0x30 && c <= 0x39) || c === 0x5f);
}

/**
 * Whether `before` ends in white space, as every pattern read on the text before a figure asks (NOT_BEFORE_RE,
 * COMPANY_AGE_RE, LESS_THAN_RE end in " $" or "\s{1,2}$"); true also for a character beyond ASCII, which may be one.
 */
function mayEndInSpace(before: string): boolean {
  if (before.length === 0) return false; // (no read at -1: it deoptimizes)
  const c = before.charCodeAt(before.length - 1);
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c >= 0x80;
}

const QUALIFIERS = '(?:relevant|related|professional|progressive|practical|hands-on|prior|previous|proven|demonstrated|post-graduate|direct|full-time|paid|total|overall|recent|solid|strong|applicable|combined|work|working)';
const LEADING_QUALIFIERS_RE = new RegExp(`^(?:${QUALIFIERS}\\s{1,2}){1,4}`, 'i');
const EXPERIENCE_HEAD_RE = /^(?:work\s{1,2})?experiences?\b\s{0,2}(?:(?:in|with|of|as|on|using|doing|building|developing|working(?:\s{1,2}(?:with|in|on|as))?)\b\s{0,2})?/i;

/** `^\s{0,2}or` may match `phrase`: an "o" within its first three characters. */
function mayOpenWithOr(phrase: string): boolean {
  for (let i = 0; i < 3 && i < phrase.length; i++) if ((phrase.charCodeAt(i) | 0x20) === 0x6f) return true;
  return false;
}

/**
 * `/\s{2,}/` may match `phrase`: two ASCII white-space characters stand side by side, or a character beyond ASCII
 * (which may be white space) stands beside one or beside another such character.
 */
function mayHoldWhiteSpaceRun(phrase: string): boolean {
  let previous = false;
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase.charCodeAt(i);
    const space = c === 0x20 || (c >= 0x09 && c <= 0x0d) || c >= 0x80;
    if (space && previous) return true;
    previous = space;
  }
  return false;
}

/** The subject of a figure: "of Python" -> "Python", "experience in machine learning" -> "machine learning". */
function subjectAfter(text: string, from: number, to: number): string | null {
  const rest = text.slice(from, Math.min(to, from + 140));
  // A bullet ends the subject too: units are cut at bullets, but the title line is not ("Data Engineer • 5+ years
  // experience with Spark • Remote").
  // eslint-disable-next-line no-control-regex -- \x07 is the normalised text's bullet (BULLET)
  const cut = rest.search(/[,;:.(\x07]|\s(?:and\/or|including|preferably|required|preferred|is required)\b/i);
  let phrase = cut >= 0 ? rest.slice(0, cut) : rest;
  // Each replace below runs only where its pattern's first character stands.
  if (phrase.length > 0 && phrase.charCodeAt(0) === 0x27) phrase = phrase.replace(/^'s?/, '');
  if (mayOpenWithOr(phrase)) phrase = phrase.replace(/^\s{0,2}or\s{1,2}(?:more|greater)\b/i, '');
  phrase = phrase.trim();
  phrase = phrase.replace(/^(?:of|in|with|doing|as)\s{1,2}/i, '').replace(LEADING_QUALIFIERS_RE, '');
  const head = EXPERIENCE_HEAD_RE.exec(phrase);
  if (head !== null) phrase = phrase.slice(head[0].length);
  else {
    const exp = /\s{1,2}(?:work\s{1,2})?experience\b/i.exec(phrase);
    if (exp) phrase = phrase.slice(0, exp.index);
    phrase = phrase.replace(/^(?:of|in|with|doing|as|working with|working in|working on)\s{1,2}/i, '').replace(LEADING_QUALIFIERS_RE, '');
  }
  phrase = phrase.trim();
  if (mayHoldWhiteSpaceRun(phrase)) phrase = phrase.replace(/\s{2,}/g, ' ');
  if (!phrase || GENERIC_SUBJECT_RE.test(phrase)) return null;
  return phrase.length > 60 ? phrase.slice(0, 60).replace(/\s\S*$/, '') : phrase;
}

/**
 * Years-of-experience figures of the candidate inside [unitStart, unitEnd). A figure counts when the unit speaks
 * of experience, or the figure opens the unit or is followed by an activity ("5+ years in web analytics"), and
 * it is not a time window ("within the last 5 years"), a company age ("for over 30 years"), a degree length
 * ("4-year degree"), an age, or a contract or project length.
 */
export function findExperienceFigures(unit: OpenedUnitView): ExperienceFigure[] {
  const { text, start: unitStart, end: unitEnd, slice } = unit;
  if ((unit.opensAny & OPENS.figure) === 0) return [];
  // The figures are found at the unit's word starts first (see findDegreeMentions); the quick test decides as
  // before only where there is one.
  const atStarts = figuresAtStarts(unit);
  // A figure that ends in its time unit is what the quick test would find (most do).
  if (atStarts === null || !(atStarts.some((m) => endsInTimeUnit(slice, m)) || TIME_UNIT_RE.test(slice))) return [];
  const out: ExperienceFigure[] = [];
  const speaksOfExperience = EXPERIENCE_RE.test(slice);
  let companyVoice: boolean | undefined;
  // Where a figure of over 40 years ended: the figures after it in its clause tell the same history.
  let historyEnd = -1;
  // (An index loop: a read past the list's end deoptimizes.)
  for (let next = 0; next < atStarts.length; next++) {
    const m = atStarts[next]!;
    const start = unitStart + m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(unitStart, start - 40), start);
    let after = text.slice(end, Math.min(unitEnd, end + 50));
    if (after.length > 0 && after.charCodeAt(0) === 0x27) after = after.slice(1);
    const spaceBefore = mayEndInSpace(before);
    if ((spaceBefore && NOT_BEFORE_RE.test(before)) || NOT_AFTER_RE.test(after) || (spaceBefore && COMPANY_AGE_RE.test(before))) continue;
    if (m[0].includes('-') && /-\s?(?:years?|yrs?\.?|months?|mos\.?)$/i.test(m[0]) && !/\d\s{0,2}-\s{0,2}\d/.test(m[0]) && !HYPHEN_YEAR_EXPERIENCE_RE.test(after)) continue;
    const unitWord = m[5]!;
    let first = toYears(m[1]!, unitWord);
    let second = m[3] ? toYears(m[3], unitWord) : m[4] ? toYears(m[4], unitWord) : null;
    let figureStart = start;
    // "0 3 years": a range whose dash was lost in scraping; a falling bare pair ("20 3 years") is only its second.
    if (m[4] && second !== null && !(second > first)) {
      figureStart = start + m[0].lastIndexOf(m[4], m[0].length - unitWord.length);
      first = second;
      second = null;
    }
    // "5+ or 3+ years", "5+/3+ years", "5 and 3 years, respectively": alternatives, not a range.
    const alternatives =
      m[2] && second !== null && /^(?:or|and|\/)$/i.test(m[2]) && (second < first || RESPECTIVELY_AFTER_RE.test(text.slice(end, Math.min(unitEnd, end + 100))))
        ? [first, second]
        : null;
    if (alternatives) second = null;
    // "Less than 2 years", "no more than 3 years": anything from none up to the figure.
    const lessThan = spaceBefore && LESS_THAN_RE.test(before);
    const low = lessThan ? 0 : alternatives ? Math.min(first, alternatives[1]!) : first;
    const high = lessThan ? first : second;
    // Over 40 years is no one's experience but a company's history ("With more than 80 years of experience in data
    // and 30 years in software, P2 has offices"): that figure and those after it in its clause are not asked.
    if (low > MAX_CAREER_YEARS && Number.isFinite(low)) {
      historyEnd = end;
      continue;
    }
    if (historyEnd >= 0 && !/[.;!?]/.test(text.slice(historyEnd, start))) continue;
    if (!Number.isFinite(low) || (high !== null && (!Number.isFinite(high) || high < low))) continue;
    if (alternatives && !alternatives.every(Number.isFinite)) continue;
    if (!speaksOfExperience && !DEGREE_BEFORE_RE.test(before)) {
      // OPENS_UNIT_RE matches only short lead-ins: test no more than that, so long units stay linear.
      const opens = start - unitStart <= 60 && OPENS_UNIT_RE.test(text.slice(unitStart, start));
      if (!(opens || ACTIVITY_RE.test(after) || TAGGED_AFTER_RE.test(after))) continue;
      companyVoice ??= COMPANY_RE.test(slice);
      if (companyVoice) continue;
    }
    out.push({ start: figureStart, end, minYears: low, maxYears: high, subject: subjectAfter(text, end, unitEnd), alternatives });
  }
  return out;
}
