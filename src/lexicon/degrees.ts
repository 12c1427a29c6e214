import type { DegreeLevel } from '../schema.js';

/**
 * Surface forms of degree levels, as regex sources (bounded repeats only). Matched on the text of the few units
 * that carry a degree trigger, never over the whole posting.
 *
 * - `safe` forms are unambiguous and matched case-insensitively ("Bachelor's", "Ph.D.", "4-year degree").
 * - `abbreviation` forms are exact-case tokens that are also other things ("MS Office", "Boston, MA", "BE able"):
 *   they count only with degree context around them (see extractors/degree.ts).
 * - `word` forms ("Masters", "Master") are degrees only beside "degree", "in <field>", another degree, etc.
 *   ("Scrum Masters", "master data management", "Master of Python" are not).
 */
export interface DegreeForm {
  readonly level: DegreeLevel;
  readonly pattern: string;
  readonly policy: 'safe' | 'abbreviation' | 'word';
}

const safe = (level: DegreeLevel, ...patterns: string[]): DegreeForm[] => patterns.map((pattern) => ({ level, pattern, policy: 'safe' as const }));
const abbr = (level: DegreeLevel, ...patterns: string[]): DegreeForm[] => patterns.map((pattern) => ({ level, pattern, policy: 'abbreviation' as const }));

export const DEGREE_FORMS: readonly DegreeForm[] = [
  ...safe('bachelor',
    "bachelor(?:'s|s'|s)?",
    'baccalaureate',
    'undergrad(?:uate)?[ -](?:level[ -])?degrees?',
    // "Undergraduate or Masters degree", "undergraduate/graduate degree": the noun comes after the next degree.
    "undergrad(?:uate)?(?=\\s{0,2}(?:/|,|or|and|and/or)\\s{0,2}(?:an?\\s)?(?:master'?s?|graduate|advanced|post-?graduate)[ -](?:level[ -])?degrees?\\b)",
    '(?:4|four)[ -]years?[ -](?:college[ -]|university[ -])?degrees?',
    // "an academic degree in Computer Science" (European postings): a university degree.
    '(?:college|university|academic)[ -]degrees?',
    'b\\.s\\.?', 'b\\.sc\\.?', 'b\\.a\\.?', 'b\\.e\\.', 'b\\.tech\\.?', 'b\\.eng\\.?',
  ),
  ...abbr('bachelor', 'BSc', 'BEng', 'BTech', 'BSEE', 'BSCS', 'BSME', 'BS', 'BA', 'BE', 'BEd'),
  ...safe('master',
    "master's", "masters'",
    'master of (?:science|arts|engineering|business|public|computer|information|data|applied|mathematics|statistics|economics|finance|health|education|fine)',
    '(?:graduate|advanced|post[ -]?graduate)[ -](?:level[ -])?degrees?',
    'm\\.s\\.?', 'm\\.sc\\.?', 'm\\.a\\.', 'm\\.eng\\.?', 'm\\.tech\\.?', 'm\\.b\\.a\\.?', 'm\\.p\\.h\\.?',
  ),
  ...abbr('master', 'MSc', 'MEng', 'MTech', 'MBA', 'MPH', 'MSEE', 'MSCS', 'MFE', 'MS', 'MA'),
  { level: 'master', pattern: '[Mm]asters?|MASTERS?', policy: 'word' },
  ...safe('doctorate',
    'ph\\.?\\s?d\\.?',
    'doctorate',
    'doctoral(?:[ -](?:degree|level))?',
    'd\\.phil\\.?', 'sc\\.d\\.', 'pharm\\.?\\s?d\\.?', 'm\\.d\\.', 'j\\.d\\.',
  ),
  ...abbr('doctorate', 'DPhil', 'ScD', 'PharmD', 'MD', 'JD', 'DDS', 'DVM'),
  ...safe('associate',
    "associate(?:'s|s)?[ -](?:degree|diploma)s?",
    "associate's",
    'associate of (?:arts|science|applied)',
    '(?:2|two)[ -]years?[ -](?:college[ -])?degrees?',
    'a\\.a\\.', 'a\\.s\\.',
  ),
  ...abbr('associate', 'AA', 'AS', 'AAS'),
  // "(Associates, Bachelor's, and/or Master's)": the bare word only in a list of degrees.
  { level: 'associate', pattern: '[Aa]ssociates?|ASSOCIATES?', policy: 'word' },
  ...safe('high-school',
    'high[ -]school(?:[ -](?:diploma|degree|education|graduate|equivalent|equivalency|certificate))',
    'secondary[ -]school[ -]diploma',
    'hs diploma',
  ),
  ...abbr('high-school', 'GED'),
];

/** Abbreviations that are degrees on their own, without context (nothing else uses these letters in postings). */
export const SELF_EVIDENT_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'BSc', 'BEng', 'BTech', 'BSEE', 'BSCS', 'BSME', 'MSc', 'MEng', 'MTech', 'MBA', 'MPH', 'MSEE', 'MSCS', 'DPhil',
  'PharmD', 'GED', 'BEd', 'MFE', 'ScD',
]);

/** Words right after an ambiguous form that make it something else: "MS Office", "MS-SQL", "BA flights". */
export const NOT_DEGREE_AFTER: readonly string[] = [
  'office', 'excel', 'word', 'access', 'sql', 'project', 'visio', 'powerpoint', 'power', 'teams', 'outlook',
  'dynamics', 'azure', 'windows', 'sharepoint', 'exchange', 'server', 'dos', 'paint', 'edge', 'flight', 'flights',
  'data', 'file', 'files', 'class', 'classes', 'tournament', 'communicator', 'planner', 'scheduler', 'agreement',
  'service', 'services', 'record', 'records', 'plan', 'craftsman', 'key', 'list', 'branch', 'copy', 'bedroom',
  'suite', 'able',
];

/** Words right before "Master(s)" that make it a role or title: "Scrum Master", "Quiz Masters". */
export const NOT_DEGREE_BEFORE: readonly string[] = [
  'scrum', 'quiz', 'web', 'grand', 'ring', 'head', 'station', 'band', 'concert', 'chess', 'dungeon', 'game', 'task',
  'past', 'yard', 'toast', 'brew', 'trial', 'data', 'certified', 'lean', 'kanban', 'agile', 'safe',
];

/** US state abbreviations that collide with degree abbreviations ("Boston, MA", "Jackson, MS", "Bethesda, MD"). */
export const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(['MA', 'MS', 'MD', 'AS', 'BE', 'ME']);

/**
 * Plural nouns for people right after a degree ("PhD scientists", "Masters statisticians"): the degree describes
 * someone else, not the candidate.
 */
export const OTHER_PEOPLE_NOUNS: readonly string[] = [
  'scientists', 'statisticians', 'researchers', 'engineers', 'students', 'holders', 'physicians', 'economists',
  'analysts', 'level scientists', 'level staff', 'colleagues', 'experts', 'alumni', 'graduates',
];

/**
 * Words before a degree in the same clause that make it no ask of the candidate: the years a degree takes off or
 * counts for ("3+ years (less with PhD)", "years spent earning advanced degrees").
 */
export const NOT_ASKED_CUES: readonly string[] = [
  'less with', 'fewer with', 'fewer years with', 'less if', 'spent earning', 'spent pursuing',
];

/**
 * Words right after a doctorate that make it the post on offer, not a degree the candidate holds: "A 3-year PhD
 * scholarship is available", "the PhD study programme", "PhD Research Fellows", "PhD programmes" (taught, plural).
 * "position(s)" counts in lower case only, as running text writes it: a form's label is capitalised ("Education
 * Required: PhD Position Type: Full-Time"). "student" is the post only after "the" (OFFERED_STUDENT_BEFORE):
 * "Currently enrolled as a PhD student" asks for one. "PhD program(me)" and "PhD thesis" are left out: postings ask
 * for them ("registered on a PhD programme", "completed PhD thesis").
 */
export const OFFERED_DOCTORATE_NOUNS: readonly string[] = [
  'scholarship', 'scholarships', 'studentship', 'studentships', 'project', 'projects', 'fellowship', 'fellowships',
  'stipend', 'stipends', 'study programme', 'programmes', 'guide', 'regulations', 'research fellow', 'research fellows',
];

/** OFFERED_DOCTORATE_NOUNS that count in lower case only. */
export const OFFERED_DOCTORATE_NOUNS_LOWER: readonly string[] = ['position', 'positions'];

/**
 * Before "PhD student": the post itself ("The PhD student will work with a team of ...", "apply for enrolment as a
 * PhD student"), not a student asked for ("Currently enrolled as a PhD student").
 */
export const OFFERED_STUDENT_BEFORE = '(?:the|enrol(?:l)?ment\\s{1,2}as\\s{1,2}an?)';

/**
 * Papers to send with an application ("Please include: Curriculum vitae, Diplomas (Master and PhD degree)", "Grade
 * transcripts and BSc/MSc diploma"): a degree in a diploma named among them is a document, not an ask of its own.
 */
export const APPLICATION_DOCUMENT_CUES: readonly string[] = [
  'curriculum vitae', 'cover letter', 'motivation letter', 'letter motivating', 'transcripts', 'transcript of records',
  'list of publications', 'letters of recommendation', 'letter of recommendation',
];

/** Words before a degree in the same clause that make it someone else's ("our team of PhDs", "mentor ... PhD"). */
export const OTHER_PEOPLE_CUES: readonly string[] = [
  'our team', 'team of', 'composed of', 'colleagues', 'mentor', 'supervise', 'alongside', 'led by', 'founded by',
  'fellow', 'staffed by', 'made up of', 'comprised of', 'team includes', 'team several',
];
