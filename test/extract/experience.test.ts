import { describe, expect, test } from 'vitest';
import { extractRequirements } from '../../src/index.js';
import { expectEvidenceIndexesInput } from '../helpers/evidence.js';

function minYears(text: string): number | null {
  const r = extractRequirements(text);
  expectEvidenceIndexesInput(text, r);
  return r.summary.minYears;
}

// Real lines from gold-dev, glassdoor-2020 and green2022 (LABELLING "minYears", rule 17), read by hand.
const FIGURES: [string, number][] = [
  ['Requirements: 3 years of successful sales experience', 3],
  // A maximum is read as "less than" is: from none up to the figure (a minimum of 0), not a minimum of the figure.
  ['Requirements: no more than 3 years of experience', 0],
  ['Requirements: a maximum of 2 years of professional experience', 0],
  // Holdouts 7 and 8 (glassdoor-2020, labelled blind). Rule 17's own example: additional years that may substitute
  // for the degree add to a path, they are none of their own.
  ['5 years Data Engineering experience AND a BA Degree in Computer Science, Engineering, Math, Sciences, or equivalent; 4 years of additional relevant experience may be substituted for education', 5],
  ["Master's Degree in Computer Science, Electronics Engineering or other engineering or technical discipline is required (10 years of additional relevant experience may be substituted for education)\n5+ years' relevant experience as a data engineer or SQL developer.", 5],
  // A job board's tagged experience lines: no general figure, so the largest required one.
  ['Experience:\nJava: 3 years (Required)\nSDLC: 2 years (Preferred)\nPostgreSQL and SQL: 2 years (Required)', 3],
  ['Experience:\nJava: 1 year (Preferred)\nR: 1 year (Preferred)', 1],
  // Holdouts 9 and 10. A narrower figure beside a degree's figure is no path of its own (rule 17).
  ['B.S. or M.S in analytical chemistry or related field with 5+ years of experience in analytical development with minimum of 3+ years of experience in quality control', 5],
  ['5+ years of experience, or 2+ years with a PhD', 2],
  // "Recommended" and "give you an edge" are preference wording: a higher figure there does not raise it.
  ['Requirements:\n5+ years relevant industry experience\nWhat Give You An Edge:\n7+ years relevant industry experience', 5],
  ['Recommended Qualifications:\n5-7 Years relevant Data Experience', 5],
  // The length of a post is no experience, but a post held for years is.
  ['Proven experience in a similar position of 3 years or more.', 3],
  ['Previous employment of 3+ years as a data analyst', 3],
  // SkillSpan dev (MIT): "at least one of the following" counts list items, it does not make a preferred line required.
  ["Basic Qualifications:\nBachelor’s Degree\nAt least 2 years of experience in Software Engineering\nPreferred Qualifications:\nMaster's Degree\n3+ years of experience in at least one of the following:\nJavascript/Typescript,\nPython Angular/React.js or Node.js", 2],
  // A history figure takes only what follows it in its clause; an additional figure alone is the figure.
  ['Requirements:\n- 5+ years of SQL experience; our team brings 45 years of experience in analytics.', 5],
  ["Requirements:\n- Bachelor's degree and 4 years of additional relevant experience.", 4],
  // Holdout 4: "natural history of disease" is no company history.
  ['1-3 years in developing epidemiological assessments and researching natural history of disease in the pharmaceutical industry, academia, and/or regulatory agencies', 1],
  ['3+ years relevant professional work experience.', 3],
  ['Minimum five years\' work experience within Biopharma or Pharma', 5],
  ['Minimum Five (5) years\' relevant and practical experience with SAS, R, Python, Keras, TensorFlow or other ML engineering experience.', 5],
  ['Extensive experience in engineering and designing CI/CD solutions, with emphasis on Sqoop, Spark, Scala, Python, Java, UNIX Shell, Hive and Impala for a minimum of three (3) years', 3],
  ['2-4 years of experience in analytics (machine learning, statistics, natural language processing, computer vision) in research and/or corporate environment.', 2],
  ['M.S. with 8 -12 years or Ph.D. with 5 -7 years industry or CRO experience in safety assessment', 5],
  ['2-3+ years of experience with statistical analysis in a healthcare related field', 2],
  ['Three (3) to five (5) years’ experience, especially in the areas of natural resources', 3],
  ['Five plus years’ experience developing and implementing predictive analytic models', 5],
  ['Bachelor’s degree with 9 or more years’ experience in information technology or related discipline', 9],
  ['a minimum of six months related experience and/or training or equivalent combination of education and experience', 0.5],
  ['5+ years in web analytics with the eCommerce experience and tracking systems for online behavior.', 5],
  ['You have 5+ years doing database or data lake programming', 5],
  ['2+ years predictive modeling.', 2],
  ['· Min 5-year experiences as analytics team lead or manager', 5],
  ['Must have at least 8 years experience with knowledge of full systems software development lifecycle and use case development and analysis .', 8],
  ['To be considered for the General Manager post you will have at least 2years management experience within the health and fitness industry ideally as a General Manager .', 2],
  // Hyphenated number word with singular "year" and several words before "experience".
  ['Experience\n•Minimum one-year data collection or data entry experience required.', 1],
  // "(5+)" after the number word, an adjective between the figure and "years".
  ['Basic Qualifications:\nFive (5+) Expert years of related experience.', 5],
  ['Ph.D. in chemical engineering or chemistry, or a closely related field with 0-5 years of experience.', 0],
  // Rule 17: general figure vs narrower ones, required before preferred, alternatives take the easiest path.
  ['7+ years of programming/systems analysis experience\n5+ years of experience with business intelligence and stat tools and systems', 7],
  ['Minimum 2-5 years of experience with Big Data analytics and querying Big Data\nMinimum 1 year of experience with Amazon AWS or similar cloud-based data storage solution', 2],
  ['Requirements:\n3+ years of Python\nPreferred:\n5+ years of industry experience', 3],
  ['Minimum 3 years, 5+ years preferred, experience in solving analytical problems using quantitative approaches apply to this requirement.', 3],
  ['Experience - Less than 2 years - Progressive application, data, and or analytics experience within the financial services, Required', 0],
  ['Preferred Qualifications\n8+ years professional experience', 8],
  ['Bachelor of Science and 5 years\' data science experience OR Master of Science and 3 years\' data science experience.', 3],
  ["Bachelor's degree or 1+ years of related analytical experience required.", 1],
  ['Job-related experience, 5 years, OR Master\'s Degree and job-related experience, 3 years, OR Doctorate', 3],
  ['MS/MA degree in bioengineering and five years of related experience; or,\nPhD in bioengineering and two years of related experience, or;\nTypically requires a minimum of ten years of related experience and/or combination of experience and education/training.', 2],
  // "years in Business ..." is a field of work, not a company's age.
  ['•4 or more years in Business Intelligence or Business Analytics.', 4],
  // A requirement list the segmenter leaves under a benefits heading still asks the candidate.
  ["What's in it for YOU\nWe aim to help you figure out exactly where you see yourself in our business.\nWho We Want\nFor this position you must have, at least 10 years of relevant and progressive experience managing or supporting in a significant role, the acquisition, integration, and acceptance lifecycle of one or more complex computational systems.\nAt least 3 years of full-time programming experience within an operations or technical department", 10],
  // A range whose dash was lost in scraping.
  ['0 3 years of experience in business analytics, data science, or consulting in these fields.', 0],
  // Alternatives: "respectively", a degree with a figure before the word "experience" appears, a path without a degree.
  ['Bachelors or Masters degree in immunology, immuno-oncology or related field with 5+/3+ years of experience, respectively.', 3],
  ['What you need\nBS with 2+ years, or MS with 0-3 years\nDegrees in Computer Science, Computer Engineering, or, Electrical Engineering', 0],
  ['Graduate level degree in quantitative discipline with at least 2 years of work experience; 6+ years of relevant post-collegiate work experience without graduate degree', 2],
  // Paths in separate sentences of one block: the PhD path takes the block's general figure (rule 17).
  ["Qualifications and Education\n3 or more years of experience developing and implementing multivariate predictive models using GLM and other statistical methods. PhD in economics, statistics, or related field required. Or in the alternative, a Master's degree in Statistics, Engineering, Mathematics, Economics, or a related field (foreign educational equivalent accepted) and five (5) years of experience as indicated above.", 3],
  // Without an alternative, a degree without a figure opens no path: the general figure is the total.
  ['Ph.D. required.\nAt least 16 years of work experience (which can include years spent earning advanced degrees)\nAt least four years of experience building production-level machine learning and predictive analytics systems with data pipelines required', 16],
];

// Traps (issue 3): figures that are not the candidate's experience. Real sentences.
const NOT_EXPERIENCE: [string, string][] = [
  // glassdoor-2020 kenjee-0889: the staffing company's own age.
  ['years of success', 'About Eliassen Group Eliassen Group provides strategic talent solutions. Leveraging over 30 years of success, our expertise in IT staffing'],
  ['company age (for over)', 'For over 20 years, customers around the world have entrusted AAM to design, engineer, validate and manufacture driveline technologies.'],
  ['company age (has been)', 'Teaching Strategies has been supporting the critical work of early childhood educators for over 30 years.'],
  ['company age (organisation with)', 'Caritas is a mission-driven organization with more than 30 years of experience. We deliver comprehensive care.'],
  ['company expertise', 'The Company Prominent in the Insurance market , they have 20 years industry expertise on a national level .'],
  ['company history over 40 years', 'With more than 80 years of experience in data and 30 years in software, P2 has offices around the world, and employs approximately 600 people.'],
  ['company age (storing)', "We've been storing the world's data for more than 50 years."],
  ['benefit days', "We'll invest in your career by providing 3 days of paid professional development every year."],
  ['benefit leave', '2 months paid parental leave'],
  ['degree length', "Bachelor's degree (B. A. / B. S.) from four-year college or university"],
  ['degree length (4-year degree)', 'four-year degree in chemistry, biological sciences, engineering, or other technical discipline required'],
  ['degree length before "or experience"', 'Education: 4-year undergraduate degree or demonstrated relevant progressive experience'],
  ['age', 'Must be a minimum of 21 years of age'],
  ['age (EEO)', 'The Age Discrimination in Employment Act prohibits discrimination on the basis of age with respect to individuals who are 40 years of age or older.'],
  ['contract length', 'Our client is currently seeking a Data Scientist for a 9+ month contract opportunity located in San Francisco, CA.'],
  ['contract length (project)', 'We are looking for a Web Data Analyst to assist with a 6-12+ month project with a client in San Jose'],
  ['within N years', 'An active DoD TS/SCI clearance based upon a SSBI completed within the last 5 years with a CI Polygraph.'],
  ['recency window', 'Relevant experience within the last 5 years, working on a large system development program.'],
  ['residency', 'Candidates must have lived in the United States for at least three out of the past five years prior to your application date.'],
  ['years of education', 'Must have Master\'s degree or 2 academic years of progressively higher-level graduate education in medical technology.'],
  ['drug-free period', 'Applicants must be able to demonstrate non-use of illegal drugs for the 12 consecutive months preceding completion of the questionnaire.'],
  ['experience credit for a degree', 'three years’ experience credit for Master’s degree; five years’ experience credit for a Ph.D'],
  ['patient-years', '2 million patient-years of information and 30 data domains from preclinical through Phase 3 trials!'],
  ['funding period', 'Via participation in the Center for Perception and Communication in Children (CPCC) funded by a Centers of Biomedical Research Excellence (COBRE) grant, junior scientists are provided with extensive mentoring and three years of full support to enable them to reach this goal.'],
  // No corpus line has these shapes; minimal lines of the kind the held-out gold showed.
  ['funded for', 'The position is funded for up to 2 years, with experience in Python required.'],
  ['grant length', 'This is a 3-year grant-funded position for candidates with experience in genomics.'],
  ['period of appointment', 'Postdoctoral appointments are for a period of 2 years and require research experience.'],
  // European academic postings (SkillSpan, MIT; see test/fixtures/PROVENANCE.md).
  ['length of the post', 'The assistant professorship is a fixed term position of 4 to 6 years with research and teaching obligations .'],
  ['period of employment', 'The period of employment is 3 years, for candidates with experience in protein formulation.'],
];

describe('years of experience', () => {
  test.each(FIGURES)('%s', (text, expected) => {
    expect(minYears(text)).toBe(expected);
  });
});

describe('not candidate experience', () => {
  test.each(NOT_EXPERIENCE)('%s', (_trap, text) => {
    expect(extractRequirements(text).experience).toEqual([]);
  });
});

describe('figures carry bounds, subject and reading', () => {
  test('a range keeps both bounds', () => {
    const [x] = extractRequirements('5-10 years of industry LC-MS/MS experience required;').experience;
    expect(x).toMatchObject({ minYears: 5, maxYears: 10, required: true });
  });

  test.each([
    ['2+ years of experience with C# and Python', 'C# and Python'],
    ['3+ years experience in data analysis in B2B companies specifically in Saas', 'data analysis in B2B companies specifically in Saas'],
    ['5+ years of industry experience in applying AI/ML', 'industry'],
    ['3+ years relevant professional work experience.', null],
    // The title line is not cut at its bullets: the subject ends at one.
    ['Data Engineer \u2022 5+ years experience with Spark \u2022 Remote\nWe are hiring.', 'Spark'],
  ])('subject of "%s"', (text, subject) => {
    expect(extractRequirements(text).experience[0]?.subject).toBe(subject);
  });

  test('alternatives keep each figure and read as the smallest', () => {
    const [x] = extractRequirements('Bachelors or Masters degree in immunology, immuno-oncology or related field with 5+/3+ years of experience, respectively.').experience;
    expect(x).toMatchObject({ minYears: 3, maxYears: null });
  });

  test('"preferably at least" is a preference (minimal line)', () => {
    const [x] = extractRequirements('Requirements:\nPreferably at least 10 years of experience in the field').experience;
    expect(x).toMatchObject({ minYears: 10, required: false });
  });

  test('a preferred figure in a required unit', () => {
    const [x] = extractRequirements('Applicants should possess : Practical experience of Leakage Detection on active projects , ideally 2 years or more .').experience;
    expect(x).toMatchObject({ minYears: 2, required: false });
  });
});
