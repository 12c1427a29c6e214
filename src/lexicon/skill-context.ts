/**
 * Context words for ambiguous skill names (R, C, Go, Excel, Spark, Hive, SAS...). Lower-case tokens as the skill
 * tokenizer produces them. DESIGN.md: list context and cue words do most of the work; part of speech helps only
 * for words that are verbs too.
 */

/**
 * Phrases ending just before a name, or before the list it is in, that make it a skill ("experience with Go",
 * "libraries such as D3", "(such as Airflow)", "tools, e.g. R"): "such as", "e.g.", "including" and "like"
 * introduce examples of what came before, which are named things.
 */
export const PRECEDING_CUES: readonly string[] = [
  'such as', 'e g', 'eg', 'including', 'like',
  'experience with', 'experience in', 'experience using', 'experience of', 'experienced in', 'experienced with',
  'proficiency in', 'proficiency with', 'proficient in', 'proficient with', 'proficient using', 'proficient at',
  'knowledge of', 'familiarity with', 'familiar with', 'skills in', 'skilled in', 'skills with', 'skill in',
  'expertise in', 'expertise with', 'expert in', 'fluency in', 'fluency with', 'fluent in', 'mastery of', 'master of',
  'programming in', 'coding in', 'written in', 'develop in', 'developing in', 'scripting in', 'competency in',
  'competence in', 'comfortable with', 'ability to use', 'hands on with', 'work with', 'working with', 'worked with',
  'understanding of', 'command of', 'background in', 'exposure to', 'learn', 'utilizing', 'leveraging', 'using',
  'use of', 'languages', 'language', 'tools', 'tool', 'software', 'packages', 'platforms', 'platform', 'frameworks',
  'libraries', 'toolkits', 'technologies', 'stack', 'environments', 'programming',
  'scripting', 'applications', 'systems',
];

/** Words that may stand between a cue phrase and the name ("experience with the following tools: ..."). */
export const CUE_FILLERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'such', 'as', 'like', 'including', 'include', 'includes', 'e', 'g', 'eg', 'i', 'ie', 'strong',
  'solid', 'advanced', 'working', 'basic', 'deep', 'hands', 'on', 'at', 'least', 'one', 'two', 'of', 'following',
  'or', 'and', 'more', 'in', 'with', 'statistical', 'scripting', 'programming', 'languages', 'language', 'tools',
  'software', 'modern', 'common', 'popular', 'relevant', 'similar', 'other', 'data', 'science', 'analysis',
  'analytical', 'analytic', 'computer', 'open', 'source', 'object', 'oriented', 'functional', 'example', 'for',
  'especially', 'preferably', 'ideally', 'either', 'is', 'are', 'via', 'e.g', 'etc',
]);

/** Words right after a name that make it a skill ("R programming", "Excel skills", "Spark jobs"). */
export const FOLLOWING_CUES: ReadonlySet<string> = new Set([
  'programming', 'language', 'languages', 'code', 'coding', 'scripts', 'scripting', 'script', 'development',
  'developer', 'developers', 'skills', 'skill', 'experience', 'proficiency', 'knowledge', 'expertise', 'packages',
  'package', 'libraries', 'library', 'environment', 'environments', 'platform', 'framework', 'frameworks', 'ecosystem',
  'cluster', 'clusters', 'jobs', 'queries', 'query', 'tables', 'programs', 'program', 'software', 'tools', 'stack',
  'notebooks', 'spreadsheets', 'spreadsheet', 'workbooks', 'macros', 'functions', 'formulas', 'modeling', 'models',
  'applications', 'streaming', 'dataframes', 'shiny', 'studio', 'guru', 'expert', 'proficient', 'users', 'based',
  'usage',
]);

/** Words that may stand between two names of one list ("Python, R and/or SQL", "SAS or R", "Python 3.x, Go"). */
export const LIST_GLUE: ReadonlySet<string> = new Set([
  'and', 'or', 'nor', 'etc', 'as', 'well', 'plus', 'also', 'including', 'e', 'g', 'eg', 'i', 'ie', 'x', 'vs', 'versus',
  'even', 'especially', 'preferably', 'ideally', 'either', 'with', 'like', 'such', 'the', 'other',
]);

/** Names that are verbs too: checked with the part-of-speech tagger when their reading is in doubt. */
export const VERB_FORMS: ReadonlySet<string> = new Set([
  'excel', 'spark', 'go', 'react', 'express', 'spring', 'rust', 'storm', 'shell', 'swift', 'access', 'chef', 'puppet', 'excels', 'sparks',
]);

/** Words after a name that give the English reading away ("go to market", "spark innovation", "Shell Oil"). */
export const TRAP_FOLLOWERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['go', new Set(['no', 'to', 'beyond', 'above', 'forward', 'ahead', 'live', 'along', 'through', 'further', 'far', 'back', 'out', 'into', 'on', 'over', 'get', 'the', 'a', 'with', 'for'])],
  ['excel', new Set(['at', 'in', 'when', 'within', 'by', 'while', 'under', 'through'])],
  ['spark', new Set(['innovation', 'ideas', 'idea', 'creativity', 'change', 'changes', 'curiosity', 'conversation', 'conversations', 'joy', 'interest', 'growth', 'new', 'the', 'a', 'your', 'our', 'capital', 'discussion', 'discussions', 'imagination', 'passion', 'excitement'])],
  ['shell', new Set(['oil', 'energy', 'plc', 'company', 'gas', 'global', 'station', 'stations', 'chemicals'])],
  ['swift', new Set(['payments', 'payment', 'messaging', 'messages', 'message', 'network', 'codes', 'code', 'transfers', 'action', 'response'])],
  ['sas', new Set(['institute', 'airlines', '70', 'drives', 'controllers'])],
  ['c', new Set(['suite', 'level', 'corp', 'corporation', 'class', 'grade', 'license', 'licence'])],
  ['r', new Set(['d', 'n', 'j'])],
  ['react', new Set(['to', 'quickly', 'swiftly', 'accordingly', 'positively', 'appropriately'])],
  // "snowflake schema": the star-schema variant of dimensional modeling, not the Snowflake warehouse.
  ['snowflake', new Set(['schema', 'schemas', 'model', 'models', 'design', 'designs', 'dimension', 'dimensions', 'structure', 'structures'])],
]);

/** Words before a name that give the English reading away ("vitamin C", "grade C", "Royal Dutch Shell"). */
export const TRAP_PRECEDERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['c', new Set(['vitamin', 'grade', 'class', 'type', 'category', 'section', 'part', 'plan', 'schedule', 'level'])],
  ['r', new Set(['grade', 'class', 'type', 'category', 'section', 'part', 'plan', 'schedule'])],
  ['shell', new Set(['dutch', 'royal', 'at', 'oil'])],
  ['sql', new Set(['no', 'non'])],
  ['go', new Set(['no'])], // "Go/No Go criteria", "go-no go decision"
  ['javascript', new Set(['text', 'application'])], // MIME types in pasted page code
  ['snowflake', new Set(['star'])], // "star/snowflake schemas"
  ['statistics', new Set(['crime'])], // the Clery Act ("Campus Security and Crime Statistics Act") in EEO text
]);

/**
 * Words near a name written in lower case that give away its other sense ("dimensional modeling, snowflakes, slowly
 * changing dimensions"). The capitalised name keeps its product reading ("dimensional modeling ... like Snowflake").
 */
export const LOWERCASE_OTHER_SENSE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['snowflake', new Set(['star', 'schema', 'schemas', 'dimensional', 'dimension', 'dimensions', 'fact', 'modeling', 'modelling'])],
]);

/**
 * Technical categories: their named skills vouch for any ambiguous neighbour in the same list ("Python, R, Go and
 * SQL"). Soft skills, methods and domains are words of ordinary prose and vouch only for forms of those categories
 * ("leadership, integrity, curiosity"), never for a technical name: "go-no go decision making" lists no language.
 */
export const TECHNICAL_CATEGORIES: ReadonlySet<string> = new Set([
  'general', 'language', 'dl-framework', 'ml-library', 'big-data', 'cloud', 'visualization', 'devops', 'database',
  'mlops', 'web', 'data-engineering', 'cloud-service', 'tool',
]);

/**
 * Words near an ambiguous form, in any case, that give away its other sense: GCP as Good Clinical Practice beside
 * clinical trials and regulations (LABELLING ruling 14).
 */
export const OTHER_SENSE_NEARBY: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['gcp', new Set(['clinical', 'trial', 'trials', 'patient', 'patients', 'ich', 'glp', 'gmp', 'gxp', 'hipaa', 'fda', 'regulatory', 'regulations', 'guidelines', 'protocol', 'protocols', 'sop', 'sops', 'compliance'])],
]);

/**
 * Forms that count only beside a named skill of one category ("AWS, Google or Azure": Google means its cloud;
 * "companies like Google" does not).
 */
export const NEIGHBOUR_CATEGORY_ONLY: ReadonlyMap<string, string> = new Map([['google', 'cloud']]);

/** Ambiguous forms for which the written capitalisation mid-sentence is evidence enough ("an Excel guru"). */
export const CAPITALISED_IS_EVIDENCE: ReadonlySet<string> = new Set(['excel']);

/** Forms of "analyse" / "visualise" that name the skill when "data" follows ("analyzing customer data"). */
export const DATA_VERB_PHRASES: ReadonlyMap<string, string> = new Map([
  ['analyze', 'data-analysis'], ['analyse', 'data-analysis'], ['analyzes', 'data-analysis'], ['analyses', 'data-analysis'],
  ['analyzed', 'data-analysis'], ['analysed', 'data-analysis'], ['analyzing', 'data-analysis'], ['analysing', 'data-analysis'],
  ['analysis', 'data-analysis'],
  ['visualize', 'data-visualization'], ['visualise', 'data-visualization'], ['visualizes', 'data-visualization'],
  ['visualizing', 'data-visualization'], ['visualising', 'data-visualization'], ['visualized', 'data-visualization'],
]);
/** Objects that complete those phrases. */
export const DATA_OBJECTS: ReadonlySet<string> = new Set(['data', 'datasets', 'dataset']);
/** What one visualises besides data ("computing and visualizing live metrics"; LABELLING rule 9). */
export const VISUAL_OBJECTS: ReadonlySet<string> = new Set(['metrics', 'kpis', 'results', 'findings', 'trends', 'insights', 'patterns']);
/** Words that end the search for the object ("analyze requirements to build data pipelines"). */
export const DATA_PHRASE_STOPS: ReadonlySet<string> = new Set([
  'to', 'for', 'from', 'with', 'by', 'into', 'in', 'on', 'that', 'which', 'using', 'through', 'build', 'create', 'develop',
  'design', 'results', 'findings', 'trends', 'requirements', 'performance', 'model', 'models',
]);
/** The noun form needs "of" before the object ("analysis of text data"), never "data analysis" read backwards. */
export const DATA_NOUN_FORMS: ReadonlySet<string> = new Set(['analysis', 'analyses']);

/** Words around a field name that make it a degree subject, not a skill ("BS in Statistics", "Statistics background"). */
export const DEGREE_CONTEXT: ReadonlySet<string> = new Set([
  'degree', 'degrees', 'bachelor', 'bachelors', 'master', 'masters', 'phd', 'bs', 'ba', 'ms', 'msc', 'bsc', 'mba',
  'doctorate', 'undergraduate', 'graduate', 'major', 'majors', 'diploma', 'discipline', 'disciplines', 'ph',
]);
/**
 * Words that make what follows a skill even inside a degree sentence ("other fields that require advanced training
 * in data analytics"), when they stand right before it with "in" / "of" / "with".
 */
export const SKILL_FRAME: ReadonlySet<string> = new Set([
  'training', 'experience', 'knowledge', 'expertise', 'skills', 'proficiency', 'understanding', 'familiarity',
]);
/** "data reporting and analysis", "data collection and analysis": the noun after "and" that completes the phrase. */
export const COORDINATED_ANALYSIS: ReadonlySet<string> = new Set(['analysis', 'analyses']);
/** Skill forms that are also degree fields. */
export const FIELD_FORMS: ReadonlySet<string> = new Set(['statistics', 'biostatistics', 'applied statistics', 'data analytics']);

/**
 * Skills whose name also names a team, company or offering: "collaborate with the Data Analytics team", "an AI-powered
 * customer data analytics company". Followed by one of TEAM_NOUNS, the name is that unit, not an ask.
 */
export const SKILLS_NAMING_TEAMS: ReadonlySet<string> = new Set(['data-analysis']);
export const TEAM_NOUNS: readonly string[] = [
  'team', 'teams', 'group', 'groups', 'department', 'departments', 'company', 'companies', 'firm', 'firms',
  'organization', 'organisation', 'practice', 'function', 'unit', 'division', 'center', 'centre',
];

/** The categories of vendors' products, the names a partners unit holds (languages and libraries are no one's partner). */
export const PARTNER_CATEGORIES: ReadonlySet<string> = new Set(['big-data', 'cloud', 'cloud-service', 'visualization', 'devops', 'database', 'data-engineering', 'mlops', 'tool']);
/**
 * A unit that names the company's partners ("Tableau Gold Partner for 5 consecutive years", "Alteryx, Snowflake, AWS &
 * Microsoft Partner", "H2O.ai partners with leading technology companies such as ... AWS", "our strategic
 * partnerships include Google Cloud"): the names in it are the company's, not asked of the candidate. Duties are none
 * of these: "partner with business stakeholders", "build partnerships with Engineering", "our Technology Partners".
 */
export const PARTNER_UNIT_RE =
  /\bPartners?\sof\sthe\sYear\b|\b(?:Gold|Silver|Platinum|Premier|Select|Consulting|Alliance|Services|Cloud|Microsoft)\sPartners?\b|\bpartnerships?\s(?:include|includes|including)\s(?:[a-z]{1,10}\s){0,2}[A-Z]|\bpartners\swith\s(?:[a-z-]{1,15}\s){0,3}(?:companies|firms|vendors|providers)\b/;
