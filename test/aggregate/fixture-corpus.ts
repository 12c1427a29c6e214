import type { RequirementSummary } from '../../src/schema.js';
import type { SummaryMeta } from '../../src/aggregate/index.js';

/**
 * A small corpus of hand-written summaries with their postings' details. The expected counts in
 * fixture-corpus.test.ts were worked out by hand from this table (see the comments there).
 */
const none: RequirementSummary = {
  degreeLevels: [], requiredDegreeLevels: [], minimumDegree: null, fields: [], minYears: null,
  yearsByDegree: [], skills: [], communication: false,
};

export const SKILLS: SummaryMeta['skills'] = {
  python: { name: 'Python', category: 'language' },
  sql: { name: 'SQL', category: 'language' },
  tensorflow: { name: 'TensorFlow', category: 'dl-framework' },
  pytorch: { name: 'PyTorch', category: 'dl-framework' },
  aws: { name: 'AWS', category: 'cloud' },
  tableau: { name: 'Tableau', category: 'visualization' },
};

export const P1: [RequirementSummary, SummaryMeta] = [
  {
    ...none, degreeLevels: ['bachelor', 'master'], requiredDegreeLevels: ['bachelor'], minimumDegree: 'bachelor',
    fields: ['computer-science', 'statistics'], minYears: 3,
    yearsByDegree: [{ level: 'bachelor', years: 3 }, { level: 'master', years: 1 }],
    skills: ['python', 'sql', 'tensorflow'], communication: true,
  },
  {
    text: 'Machine Learning Engineer. BS in Computer Science + 3 years, or MS in Statistics + 1 year.',
    company: 'Acme', companySize: '501 to 1000 employees', industry: 'IT Services', location: 'San Francisco, CA', skills: SKILLS,
  },
];
export const P2: [RequirementSummary, SummaryMeta] = [
  {
    ...none, degreeLevels: ['master', 'doctorate'], requiredDegreeLevels: ['master'], minimumDegree: 'master',
    fields: ['computer-science'], minYears: 2,
    yearsByDegree: [{ level: 'master', years: 2 }, { level: 'doctorate', years: 0 }],
    skills: ['python', 'pytorch'],
  },
  { text: 'Research Scientist. MS + 2 years or PhD.', company: 'Acme', companySize: '10000+ employees', industry: 'IT Services', location: 'New York, NY 10001', skills: SKILLS },
];
export const P3: [RequirementSummary, SummaryMeta] = [
  { ...none, degreeLevels: ['doctorate'], minimumDegree: 'doctorate', skills: ['python', 'tensorflow', 'pytorch', 'aws'], communication: true },
  { text: 'PhD preferred. Python, TensorFlow, PyTorch, AWS.', company: 'Beta Labs', companySize: '1 to 50 employees', industry: null, location: 'Remote', skills: SKILLS },
];
export const P4: [RequirementSummary, SummaryMeta] = [
  { ...none, minYears: 5 },
  { text: '5+ years of experience.', company: null, companySize: 'Unknown', industry: 'Biotech & Pharmaceuticals', location: 'United States' },
];
export const P5: [RequirementSummary, SummaryMeta] = [
  {
    ...none, degreeLevels: ['bachelor'], requiredDegreeLevels: ['bachelor'], minimumDegree: 'bachelor', fields: ['mathematics'],
    minYears: 12, skills: ['sql', 'tableau'], communication: true,
  },
  { text: "Bachelor's in Mathematics, 12 years.", company: 'Gamma', companySize: '51 to 200 employees', industry: 'Biotech & Pharmaceuticals', location: 'Cambridge, MA', skills: SKILLS },
];
/** P1 again: the same text up to case and spacing. */
export const P6_DUPLICATE_OF_P1: [RequirementSummary, SummaryMeta] = [
  P1[0],
  { ...P1[1], text: '  machine learning engineer.   BS in computer science + 3 years, or MS in statistics + 1 year.' },
];
