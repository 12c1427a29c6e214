import type { SectionKind } from '../schema.js';

/**
 * Words that make a short line a section heading, by the section they open. Checked in this order, so that
 * "Preferred Qualifications" is `preferred` before "qualifications" makes it `requirements`, and "About the role"
 * is `responsibilities` before "about" makes it `about`. Phrases are lower case, matched on word boundaries.
 */
export const HEADING_CUES: ReadonlyArray<{ kind: SectionKind; phrases: readonly string[] }> = [
  {
    kind: 'preferred',
    phrases: [
      'preferred', 'nice to have', 'nice-to-have', 'nice to haves', 'bonus', 'bonus points', 'pluses', 'a plus',
      'desired', 'desirable', 'ideally', 'preferences', 'extra credit', 'good to have', 'great to have',
      'additional qualifications', 'would be great', 'even better', 'what sets you apart', 'stand out',
      'optional', 'it would be great', 'we\'d love', 'would love', 'ideal candidate', 'the ideal candidate',
      'ideal candidates', 'ideal qualifications', 'recommended', 'recommended qualifications', 'give you an edge',
      'gives you an edge',
    ],
  },
  {
    kind: 'equal-opportunity',
    phrases: [
      'equal opportunity', 'equal employment', 'eeo', 'eoe', 'diversity', 'inclusion', 'accommodation',
      'affirmative action', 'disclaimer', 'legal notice', 'privacy notice', 'e-verify', 'non-discrimination',
    ],
  },
  {
    kind: 'benefits',
    phrases: [
      'benefits', 'benefit', 'perks', 'what we offer', 'we offer', 'compensation', 'salary', 'why join', 'why work',
      'why you\'ll love', 'what\'s in it for you', 'what you get', 'rewards', 'total rewards', 'pay range', 'pay',
    ],
  },
  {
    kind: 'requirements',
    phrases: [
      'about you', 'who you are', 'what you\'ll need', 'what you need', 'what you will need', 'what you bring',
      'what you\'ll bring', 'what you will bring', 'what you have', 'you have', 'you bring', 'must have',
      'must-have', 'must haves', 'requirements', 'requirement', 'required', 'qualifications', 'qualification',
      'what we\'re looking for', 'what we are looking for', 'what we look for', 'we are looking for',
      'looking for', 'your background', 'background', 'competencies', 'skills', 'experience', 'education',
      'knowledge', 'profile', 'your profile', 'candidate profile',
      'who we\'re looking for', 'who you\'ll be', 'minimum', 'basic', 'essential', 'prerequisites',
      'technical skills', 'abilities', 'expertise', 'requisites',
    ],
  },
  {
    kind: 'responsibilities',
    phrases: [
      'about the role', 'about the job', 'about the position', 'about this role', 'about the opportunity',
      'responsibilities', 'responsibility', 'what you\'ll do', 'what you will do', 'what you do', 'duties',
      'the role', 'role', 'job description', 'position description', 'description', 'day to day', 'day-to-day',
      'your impact', 'position summary', 'job summary', 'summary', 'overview', 'position overview',
      'the opportunity', 'you will', 'your role', 'your mission', 'what you\'ll work on',
      'what you will be doing', 'what you\'ll be doing', 'key accountabilities', 'accountabilities', 'tasks',
      'essential functions', 'primary functions', 'job functions', 'the job', 'the position', 'in this role',
    ],
  },
  {
    kind: 'about',
    phrases: [
      'about us', 'about the company', 'about the team', 'about our team', 'who we are', 'our company',
      'our mission', 'our story', 'our team', 'company overview', 'company description', 'culture', 'our culture',
      'our values', 'values', 'the team', 'team', 'about',
    ],
  },
];

/** Words in a sentence or bullet that make what it asks a preference rather than a requirement. */
export const PREFERENCE_CUES: readonly string[] = [
  'preferred', 'preferably', 'prefer', 'a plus', 'is a plus', 'are a plus', 'plus', 'nice to have', 'nice-to-have',
  'ideally', 'ideal', 'bonus', 'desired', 'desirable', 'advantage', 'advantageous', 'an asset', 'a bonus',
  'would be great', 'would be nice', 'helpful', 'beneficial', 'not required', 'optional', 'good to have',
  'great to have', 'is a benefit', 'considered', 'strongly preferred', 'we\'d love', 'would love',
  'improve your chances', 'improves your chances',
];

/** Phrases that state a requirement outright, overriding a preferred section for their unit. */
export const REQUIREMENT_CUES: readonly string[] = ['required', 'must', 'minimum', 'at least', 'mandatory', 'requires'];

/**
 * Heading phrases strong enough to open a section in the middle of a line, for postings whose line breaks were
 * lost ("... our team. Qualifications Bachelor's degree ..."). Title case as written in postings.
 */
export const INLINE_HEADINGS: readonly string[] = [
  'Responsibilities', 'Key Responsibilities', 'Job Responsibilities', 'Duties and Responsibilities',
  'Essential Duties and Responsibilities', 'Requirements', 'Job Requirements', 'Minimum Requirements',
  'Qualifications', 'Minimum Qualifications', 'Basic Qualifications', 'Required Qualifications',
  'Preferred Qualifications', 'Desired Qualifications', 'Additional Qualifications', 'Preferred Skills',
  'Desired Skills', 'Required Skills', 'Technical Skills', 'Skills and Experience', 'Skills & Experience',
  'Education and Experience', 'Education', 'What You\'ll Do', 'What You Will Do', 'What You\'ll Need',
  'What You Will Need', 'What You Bring', 'What You\'ll Bring', 'What We\'re Looking For', 'Who You Are',
  'Nice to Have', 'Nice To Have', 'Bonus Points', 'Benefits', 'Perks', 'What We Offer', 'About Us',
  'About the Role', 'About The Role', 'About the Company', 'Position Overview', 'Position Summary', 'Job Summary',
  'Job Description', 'Must Have', 'Must-Have', 'Must Haves', 'Equal Opportunity Employer', 'Your Role',
  'The Role', 'Experience', 'Preferred', 'Required',
  // European postings whose breaks were lost (SkillSpan): "... on-call duty ) YOUR PROFILE Completed bachelors ...".
  'About You', 'Your Profile', 'Candidate Profile', 'Your Qualifications', 'Your Skills', 'Qualifications and Skills',
  'Skills and Qualifications', 'Job Qualifications',
];

/** Sentences that open the equal-opportunity boilerplate even where no heading announces it. */
export const EEO_SENTENCE_CUES: readonly string[] = [
  'equal opportunity employer', 'equal employment opportunity employer', 'is an equal opportunity',
  'an equal opportunity', 'affirmative action employer', 'eoe', 'without regard to race', 'without regard to sex',
  'without regard to age', 'without regard to gender', 'without regard to religion', 'without regard to color',
];

/**
 * Words that make a requirements heading a real change of section. A generic sub-heading ("Education/Training:",
 * "Skills:") inside a preferred section keeps the preferred reading unless it says one of these.
 */
export const STRONG_REQUIREMENT_HEADING_WORDS: readonly string[] = [
  'required', 'requirements', 'requirement', 'minimum', 'basic', 'must', 'qualifications', 'essential', 'need',
  'mandatory', 'prerequisites',
];

/** Nouns that make a short opening line a job title ("Senior Machine Learning Engineer"). */
export const JOB_TITLE_NOUNS: readonly string[] = [
  'scientist', 'scientists', 'engineer', 'engineers', 'analyst', 'analysts', 'developer', 'developers', 'manager',
  'intern', 'internship', 'specialist', 'architect', 'lead', 'director', 'consultant', 'researcher', 'programmer',
  'statistician', 'administrator', 'modeler', 'modeller', 'technician', 'officer', 'head', 'vp', 'president',
  'fellow', 'postdoc', 'postdoctoral', 'strategist', 'economist', 'actuary', 'coordinator', 'associate',
];

/** Prefixes that announce the title on the first line ("Job Title: Data Scientist"). */
export const TITLE_LINE_PREFIXES: readonly string[] = ['job title', 'title', 'position title', 'position', 'role'];
