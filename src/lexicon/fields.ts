/**
 * Degree fields: the 18 contract ids (shared/contract/ids.json) with the aliases postings use. Aliases are lower
 * case and matched on word boundaries, longest first, inside an education zone only (after "degree", "BS in",
 * "background in"...), never over the whole posting. `exact` aliases are matched in that exact case and only as
 * list items ("BS in CS, IS, or related field"), because "is", "it", "or" are English words.
 */
export interface FieldAliases {
  readonly id: string;
  readonly aliases: readonly string[];
  readonly exact?: readonly string[];
}

export const FIELD_ALIASES: readonly FieldAliases[] = [
  { id: 'computer-science', aliases: ['computer science', 'computer sciences', 'computing', 'software engineering', 'comp sci', 'computational science'], exact: ['CS'] },
  { id: 'statistics', aliases: ['statistics', 'biostatistics', 'applied statistics', 'stats', 'stat', 'statistical science', 'statistical sciences', 'biostats'] },
  { id: 'mathematics', aliases: ['mathematics', 'math', 'maths', 'applied mathematics', 'applied math', 'mathematical sciences', 'computational mathematics'] },
  { id: 'physics', aliases: ['physics', 'astrophysics', 'applied physics'] },
  { id: 'electrical-engineering', aliases: ['electrical engineering', 'electrical and computer engineering', 'electrical & computer engineering', 'electronics engineering', 'electrical/computer engineering'], exact: ['EE', 'ECE'] },
  { id: 'computer-engineering', aliases: ['computer engineering'] },
  { id: 'engineering', aliases: ['engineering', 'bioengineering', 'industrial engineering', 'mechanical engineering', 'chemical engineering', 'civil engineering', 'aerospace engineering', 'biomedical engineering'] },
  { id: 'data-science', aliases: ['data science', 'data sciences', 'analytics', 'data analytics', 'business analytics', 'applied data science'] },
  { id: 'artificial-intelligence', aliases: ['artificial intelligence', 'machine learning'], exact: ['AI', 'ML'] },
  { id: 'operations-research', aliases: ['operations research', 'operational research', 'operations management', 'management science', 'management sciences', 'industrial engineering and operations research', 'industrial engineering & operations research'] },
  { id: 'economics', aliases: ['economics', 'econometrics'] },
  { id: 'finance', aliases: ['finance', 'financial engineering', 'accounting', 'financial mathematics'] },
  { id: 'business', aliases: ['business', 'business administration', 'management', 'marketing'] },
  { id: 'information-systems', aliases: ['information systems', 'information technology', 'information science', 'information sciences', 'management information systems', 'information management'], exact: ['MIS', 'IS', 'IT'] },
  { id: 'biology', aliases: ['biology', 'life sciences', 'life science', 'life-sciences', 'bioinformatics', 'computational biology', 'genetics', 'biological sciences', 'biological science', 'biologic science', 'biologic sciences', 'molecular biology'] },
  { id: 'chemistry', aliases: ['chemistry', 'biochemistry', 'chemical sciences', 'chemical science'] },
  { id: 'public-health', aliases: ['public health', 'epidemiology', 'health informatics'] },
  { id: 'social-science', aliases: ['social sciences', 'social science', 'psychology', 'sociology', 'political science', 'linguistics', 'computational linguistics'] },
];

/**
 * Skill or domain names that contain a field alias but name no subject of study: "Background in Business
 * Intelligence" is not the field business, "cloud computing" is not computer science. Lower case, whole words;
 * a match is skipped as one piece before aliases are tried.
 */
/**
 * "STEM" spelled out ("Science, Technology, Engineering, or Math"): the category, which names no subject (LABELLING
 * treats "STEM" as no field).
 */
const STEM_SPELLED_OUT: readonly string[] = ['and', 'or', 'and/or', '&'].flatMap((conj) =>
  [', ', ' '].flatMap((gap) => ['math', 'mathematics', 'maths'].map((math) => `science, technology, engineering${gap}${conj} ${math}`)),
);

export const NOT_FIELD_PHRASES: readonly string[] = [
  ...STEM_SPELLED_OUT,
  'business intelligence', 'business analysis', 'business analyst', 'business development', 'business acumen',
  'business process', 'business processes', 'business operations', 'business requirements', 'business needs',
  'business problems', 'business objects', 'business rules', 'business logic', 'business partners',
  'business stakeholders', 'business units', 'business strategy', 'business insights', 'business domain',
  'cloud computing', 'distributed computing', 'high performance computing', 'parallel computing', 'edge computing',
  // GIS is a tool and a craft, not the information-systems subject.
  'geographic information systems', 'geographic information system', 'geospatial information systems', 'geospatial information system',
  'data engineering', 'management consulting', 'marketing campaigns', 'marketing technology', 'finance operations',
  // Kinds of work, not subjects of study: "Background in a telecommunications and/or network management".
  'network management', 'product management', 'project management', 'program management', 'data management',
  'database management', 'risk management', 'change management', 'stakeholder management', 'vendor management',
  'account management', 'configuration management', 'inventory management', 'quality management', 'case management',
  'records management', 'content management', 'identity management', 'incident management', 'portfolio management',
];

/** Degree subjects named by the degree itself: an MBA is a business degree. */
export const FIELDS_IMPLIED_BY_DEGREE: ReadonlyMap<string, string> = new Map([['mba', 'business'], ['m.b.a', 'business'], ['m.b.a.', 'business']]);

/**
 * Phrases that point at "some related subject" without naming one: a flag on the degree, never a field id.
 * Matched as regex sources, case-insensitively, inside the education zone.
 */
export const RELATED_FIELD_PATTERNS: readonly string[] = [
  '(?:closely )?related (?:field|discipline|area|subject|major|science|degree)',
  'quantitative (?:field|discipline|area|subject|major|background)',
  'technical (?:field|discipline|area|subject|major|background)',
  'scientific (?:field|discipline|area)',
  'stem(?: field| discipline| degree)?',
  'similar (?:field|discipline|technical field|quantitative field)',
  'equivalent (?:field|discipline)',
  'relevant (?:field|discipline|area)',
  'analytical (?:field|discipline)',
];

/**
 * Words that open an education zone without a degree level (LABELLING rule 16: "Degree in X", "background in X"):
 * fields after them count, but no degree level does. Regex sources, case-insensitive.
 */
export const FIELD_ZONE_OPENERS: readonly string[] = [
  'degrees? in', 'degrees? within', 'degree level (?:or equivalent )?in', 'degrees? (?:should|must|can|may|will|would) be in', 'degrees? from (?:an?|the)(?=[^.;]{0,120}\\bprograms?\\b)', 'degrees?(?= ?\\()', 'background in', 'backgrounds? (?:preferably|ideally) in', 'backgrounds?(?= ?\\()', 'background (?:such as|like|including)', 'major(?:ing)? in', 'majors? (?:such as|like)', 'concentration in',
  'emphasis in', 'focus in', 'speciali[sz](?:ation|ing) in', 'courses in', 'coursework in', 'studies in', 'diploma in', 'education in', 'fields? of study',
  // "Preferred Majors: Computer Science, Electrical Engineering, ...": a label with its list after the colon.
  'majors?(?:\\s(?:preferred|required|desired|considered))?(?=\\s?:)',
];

/** Words that, right after a run of field names, make that run a degree subject ("Statistics degree"). */
export const FIELD_ZONE_CLOSERS: readonly string[] = ['degree', 'degrees', 'background', 'major', 'majors'];

/**
 * A heading that labels the list under it as degree subjects ("Preferred Majors:", "Fields of Study:"): the fields
 * of the first line under it count, with no degree level. Case-insensitive, tested on the heading's text.
 */
export const FIELD_LIST_HEADING_RE =
  /\b(?:majors?|fields? of study|areas? of study|academic disciplines?|degree (?:fields?|subjects?|majors?))(?:\s(?:preferred|required|desired|considered))?\s{0,2}:?\s{0,2}$/i;
