import { describe, expect, test } from 'vitest';
import { extractRequirements } from '../../src/index.js';
import { expectEvidenceIndexesInput } from '../helpers/evidence.js';

function pairs(text: string): string[] {
  const r = extractRequirements(text);
  expectEvidenceIndexesInput(text, r);
  return r.summary.yearsByDegree.map((y) => `${y.level}:${y.years}`).sort();
}

// Real lines from gold-dev and glassdoor-2020 (LABELLING rule 18), pairs read by hand.
const PAIRED: [string, string[]][] = [
  ["Bachelor of Science and 5 years' data science experience OR Master of Science and 3 years' data science experience.", ['bachelor:5', 'master:3']],
  ['BS or MS with 5+ years industry experience or PhD with at least 2 years of postdoctoral or equivalent industry experience', ['bachelor:5', 'doctorate:2', 'master:5']],
  ['+ Bachelors degree with 7 years of experience, Masters with 5 years of experience or PHD with 3 years of experience.', ['bachelor:7', 'doctorate:3', 'master:5']],
  ['M.S. with 8 -12 years or Ph.D. with 5 -7 years industry or CRO experience in safety assessment', ['doctorate:5', 'master:8']],
  ['PhD with minimum 8 years of relevant industrial/pharma experience or Bachelor or Master degree with significant relevant experience (minimum of 15 years) and accomplishments.', ['bachelor:15', 'doctorate:8', 'master:15']],
  ['Masters/PhD plus at least 2 years\' post-graduate experience in areas that have granted a deep understanding of T cell biology', ['doctorate:2', 'master:2']],
  ['BS and 2 years of experience', ['bachelor:2']],
  ["Bachelor's in Statistics, Engineering or related field and a minimum of 2 years of related experience", ['bachelor:2']],
  ['Job-related experience, 5 years, OR Master\'s Degree and job-related experience, 3 years, OR Doctorate', ['master:3']],
  ['Minimum of 8 years of relevant experience in data science or advanced analytics OR Masters Degree and job-related experience, 6 years, OR Doctorate and job-related experience, 3 years', ['doctorate:3', 'master:6']],
  ['PhD, or 3+ years of experience in a social policy field post Masters or immersive bootcamp (e.g., Metis)', ['master:3']],
  ["We're looking for someone with 5-7 years of experience manipulating data sets and building statistical models, has a Master's or PHD in Statistics.", ['doctorate:5', 'master:5']],
  // The PhD of this alternative has no figure: only the master is paired.
  ["Master's degree with 1+ year relevant experience or PhD degree in statistics, biostatistics, epidemiology.", ['master:1']],
  ['High School diploma and 5 years’ relevant lab experience; or Bachelor’s Degree in Chemistry', ['high-school:5']],
  ["Requires Master's Degree in Physics or Computer Science plus 5 years of statistical predictive modeling experience; preferably a PhD, in Statistics, or a related field, plus 8+ years of experience.", ['doctorate:8', 'master:5']],
  // A degree in parentheses after a figure qualifies it.
  ["2-3 years of experience in similar role (Master's Degree)\n0-2 years of experience in similar role (PhD)", ['doctorate:0', 'master:2']],
  // A parenthetical alternative degree does not take the main clause's figure.
  // "respectively" pairs the figures with the levels in order.
  ['Bachelors or Masters degree in immunology, immuno-oncology or related field with 5+/3+ years of experience, respectively.', ['bachelor:5', 'master:3']],
  ['BS with 2+ years, or MS with 0-3 years', ['bachelor:2', 'master:0']],
  // "6 8 years": a range whose dash was lost.
  ['MS in Molecular Biology, Genetics, Chemistry, Biochemistry, Analytical Chemistry, or a related field (with 6 8 years professional experience).', ['master:6']],
  // A figure for candidates without the degree is not that degree's figure.
  ['Graduate level degree in quantitative discipline with at least 2 years of work experience; 6+ years of relevant post-collegiate work experience without graduate degree', ['master:2']],
  // Holdout 3: "or (foreign) equivalent" is the same degree, not another path; "post-doctoral" experience pairs with the PhD.
  ['Applicant must have a Master of Science degree or foreign equivalent in Chemistry, Pharmaceutical Sciences, Personal Care Science or closely related field and 2 years of professional experience as Scientist or Associate Scientist in Chemistry or any science-based field.', ['master:2']],
  ['Ph.D. or equivalent in Neuroscience, Immunology or related area with 3 years of post-doctoral experience or MA/MS with 6-8 years academic/industry experience', ['doctorate:3', 'master:6']],
  // Holdouts 9 and 10: a figure with its own degree in parentheses after it is that degree's only.
  ['PhD or MS/BS in Biology with a minimum of 2 years (PhD) or 6 years (MS/BS) industry/biotech experience', ['bachelor:6', 'doctorate:2', 'master:6']],
  // A substitution in the next sentence belongs to that sentence only (kenjee-0579).
  ["Bachelor's and 6+ years of relevant experience or Master's and 4+ years. Additional experience may be considered in lieu of degree.", ['bachelor:6', 'master:4']],
  // "credit" after the figure is a subject, not a substitution.
  ["Requirements:\n- Master's degree with 3+ years of experience in credit risk modeling.", ['master:3']],
  ["PhD with 2+ years of experience, or Master's with 4+ years of experience in credit scoring.", ['doctorate:2', 'master:4']],
  // "OR," before a bare figure (kenjee-0752): the master's path has no figure of its own.
  ["Typically requires:\nBachelor's degree and at least 2 years of machine learning, data engineer or related experience OR,\nMaster's degree and no experience OR,\nAt least 4 years of machine learning, data engineer or related experience.", ['bachelor:2']],
  ['Bachelor Degree required (advanced degree preferred) - desired discipline includes a science background (i.e., chemistry, physics, engineering) or other technical specialty, technical writing & communication, plus a minimum of 5 years of relevant experience.', ['bachelor:5']],
  // One sentence, no comma: the gap of words cuts a pair only in a run-on unit (a second read of that rule).
  ["Requirements: Bachelor's degree 5 years experience or Master's degree 3 years experience.", ['bachelor:5', 'master:3']],
  ['Requirements: PhD in Computer Science 2+ years of experience or MS in Computer Science 4+ years of experience.', ['doctorate:2', 'master:4']],
  ['At least 2 years of research experience beyond the PhD.', ['doctorate:2']],
  ["3 years of relevant experience since completing your Master's degree.", ['master:3']],
  ['PhD in Physics 2 years post-doctoral experience.', ['doctorate:2']],
  // Years in parentheses after experience named are its length, not the degree's.
  ["Requirements: Master's degree with relevant work experience (2 years) or Bachelor's degree with relevant work experience (4 years).", ['bachelor:4', 'master:2']],
  ["Requirements: Master's degree and professional experience (3 years).", ['master:3']],
  // Title Case keeps its link: "With Minimum".
  ['Bachelor Degree With Minimum 3 Years Of Experience', ['bachelor:3']],
  // A run-on list keeps the pairs its items link (glassdoor-2020, kenjee-0571).
  ["Minimum Qualifications Bachelor's degree in a related field AND seven (8) years of relevant work experience OR Master's degree in a related field AND five (6) years of relevant work experience OR Ph.D. in a related field and two (4) years of relevant work experience", ['bachelor:7', 'doctorate:2', 'master:5']],
  ['MS in Statistics (2 years) with 3 years of industry experience', ['master:3']],
];

// Rule 18: alternatives and substitutions are not pairings; degree and years on separate lines are not either.
const NOT_PAIRED: [string, string][] = [
  ['alternative to a degree', "Bachelor's degree or 1+ years of related analytical experience required."],
  ['alternative after a comma', 'Bachelors or associates degree, or 2 years of highly relevant paid work experience and formal training in data analytics'],
  ['substitution', 'three years’ experience credit for Master’s degree; five years’ experience credit for a Ph.D'],
  ['separate bullets', 'Bachelors Degree (Computer Science, Statistics, and Mathematics)\n5 years relevant experience'],
  ['"or > 2 years" is another path', 'Masters degree in a quantitative, scientific, or engineering field, or > 2 years experience'],
  ['a substitution after the figure', "Master's Degree in Computer Science, Electronics Engineering or other engineering or technical discipline is required (10 years of additional relevant experience may be substituted for education)"],
  ['post doctoral is no degree', 'Minimum 2+ years of experience or post doctoral'],
  ['a degree that takes years off', '3+ years relevant work experience (less with PhD)'],
  ['equivalent experience is another path', "Bachelor's degree or equivalent work experience, 4 years in analytics"],
  ['degree years counted in', 'At least 16 years of work experience (which can include years spent earning advanced degrees)'],
  // Lists that lost their breaks, units of over 400 characters as they stand: the figure opens (or closes) another item
  // (SkillSpan train, MIT: tech-36, tech-66, house-139; glassdoor-2020: kenjee-0894).
  ['a run-on list, figure after', "YOUR PROFILE Completed bachelors or masters study in the technical field 3+ years of experience as a Data Warehouse developer preferably with MS SQL server Work experience in working closely with business stakeholders to define problems and design large-scale enterprise-class solutions Work experience as a SQL Server DBA is an advantage Advanced T-SQL skills ( ideally on SQL Server 2012+ ) Experience in implementing complex data extraction load & transformation ( ETL ) Knowledge of MS SQL Server management & administrative tasks e.g Tuning Backup Capacity management Data management SQL Server Agent jobs Experience developing OLAP/Cubes Data MartsGood MS Office skills Experience with high-vol"],
  ['a run-on list, figure before', "Proven ability with at least 3 years experience as a fullstack engineer B.S or M.S degree in Computer Science or a related technical field ( 3 or 5 years ) Very good knowledge of JavaScript Node Speaks and writes fluently in English We are impressed if you have: Worked in a team with responsibility for both technology and colleagues Worked in a fast-growing product-focused startup environment Knowledge of React React Native Angular 2+ Vue Ember Web Components Continuous Integration Continuous Deployment Logging and monitoring Languages such as Swedish an"],
  ['a run-on list, a later degree', "Require Skills Master\'s degree in a quantitative field 3 years of experience within a technology company High level proficiency in Machine Learning Python Expertise in Data Science Solid version control tools Experience with SQL, Spark, Hadoop and similar Bonus skills PhD in a quantitative field Experience with Jupyter Notebooks Able to work in LinuxMac development Experience with production software platforms (GoLang, Java, C++) Perks Unlimited PTO Full benefits Reimbursement for fitness members Charitable donation matches Casual worklife balanced envir"],
  ['a new sentence in a run-on', "knowledge skills and experience required: You will hold either a Master\'s Degree Chartered Status or a PE in civil engineering You have strong proven design experience ( +10years ) within the design of concrete bridge projects that may include viaducts for highways rail and metro complex interchanges concrete arch bridges or extradosed and cable stayed concrete bridges You must have proven experience of leading project teams on bridge projects You will possess demonstrable experience of working within the design sector for either a consulting engineer a contractor or bridge owner ."],
  ['the length of the degree', 'B.S or M.S degree in Computer Science or a related technical field ( 3 or 5 years )'],
  // A capitalised figure after a lower-case word opens a new item (SkillSpan train, MIT: tech-75, tech-59).
  ['a new item, "At least"', 'Basic Qualifications High School Diploma GED or equivalent certification At least 7 years of experience with incident response security operations malware analysis or threat hunting'],
  ['a new item, "Minimum"', 'University degree ( computer science or business administration ) and/or equivalent experience Minimum 3 or more years of experience as a software developer'],
];

describe('years by degree', () => {
  test.each(PAIRED)('%s', (text, expected) => {
    expect(pairs(text)).toEqual([...expected].sort());
  });
});

describe('no pairing', () => {
  test.each(NOT_PAIRED)('%s', (_trap, text) => {
    expect(pairs(text)).toEqual([]);
  });
});

test('alternatives paired in one sentence give the easiest path (rule 17)', () => {
  expect(extractRequirements("Requirements: Bachelor's degree 5 years experience or Master's degree 3 years experience.").summary.minYears).toBe(3);
});

test('the paired figure carries its degree level', () => {
  const r = extractRequirements('PhD with 5+ years industry experience in pharmaceutical hit-to-lead optimization');
  expect(r.experience.map((x) => [x.minYears, x.degreeLevel])).toEqual([[5, 'doctorate']]);
  expect(r.summary.minYears).toBe(5);
});
