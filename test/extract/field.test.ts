import { describe, expect, test } from 'vitest';
import { extractRequirements } from '../../src/index.js';
import { expectEvidenceIndexesInput } from '../helpers/evidence.js';

function fields(text: string): string[] {
  const r = extractRequirements(text);
  expectEvidenceIndexesInput(text, r);
  return [...r.summary.fields].sort();
}

// Real lines from gold-dev, glassdoor-2020 and green2022; ids read by hand with the ids.json alias lists.
const NAMED: [string, string[]][] = [
  // Holdout 11 and SkillSpan (MIT): the subjects may follow "or equivalent experience" right after a bare degree.
  ['Required\nBachelor’s degree or equivalent experience in Scientific, Informatics, Computer Science or related.', ['computer-science']],
  ['* BS/BA degree or equivalent experience in computer science or engineering', ['computer-science', 'engineering']],
  // SkillSpan (MIT): finished studies name their subject as a degree does (rule 16, no level).
  ['Requirements\nCompleted studies in Computer Science or a related discipline', ['computer-science']],
  ['You have university studies in Economics', ['economics']],
  // ... but not where the degree named its subject first: the experience that may replace it is no subject of it.
  ["Bachelor's degree in Mathematics or equivalent experience in software engineering roles", ['mathematics']],
  ['BS/MS in Math, Science, Marketing, Econometrics, Computer science or other quantitative discipline', ['business', 'computer-science', 'economics', 'mathematics']],
  ['BS in Computer Science, IS, or other related field.', ['computer-science', 'information-systems']],
  ['M.S. in CS, EE, Stats or other quantitative field', ['computer-science', 'electrical-engineering', 'statistics']],
  ['MS in Biomedical Engineering, Electrical Engineering, Computer Science, or a similar technical field with 1-3 years of experience;', ['computer-science', 'electrical-engineering', 'engineering']],
  ['PHD in electrical engineering, computer science, software engineering, computer engineering, or a related quantitative field of study with ten (10) years of applicable experience.', ['computer-engineering', 'computer-science', 'electrical-engineering']],
  ["Bachelor's Degree in: Math, Finance, Economics, Statistics, Data Science, Physics or related field.", ['data-science', 'economics', 'finance', 'mathematics', 'physics', 'statistics']],
  ['BS/MS degree in an analytical discipline: finance, statistics, physics, applied mathematics, computer science, information systems, engineering, etc.', ['computer-science', 'engineering', 'finance', 'information-systems', 'mathematics', 'physics', 'statistics']],
  ['Minimum of a Masters Degree in Epidemiology, Statistics, Biostatistics, Data Science, Health Informatics, Bioinformatics, Computational Biology, Biophysics, or Computer Science, PhD is a plus.', ['biology', 'computer-science', 'data-science', 'public-health', 'statistics']],
  ['Advanced degrees (PhD or Masters) in quantitative field (Statistics, Economics, Health Policy, Health/Medical Informatics, or similar) or equivalent experience', ['economics', 'public-health', 'statistics']],
  ['Masters Degree or higher in applied data science AI/ML applications preferred.', ['artificial-intelligence', 'data-science']],
  ["Bachelor's Degree required; concentration in Accounting or Finance strongly preferred", ['finance']],
  ['MBA or BA in Analytics or Mathematics', ['business', 'data-science', 'mathematics']],
  ['PhD in Biochemisty, Pharmacology or life-sciences with 5+ years of industry experience', ['biology']],
  ['Degree in computer science, engineering, applied sciences, mathematics, statistics, econometrics or similar quantitatively focused subject areas or job-related experience', ['computer-science', 'economics', 'engineering', 'mathematics', 'statistics']],
  ['Strong background in data science, signal processing and machine learning', ['artificial-intelligence', 'data-science']],
  ['The successful candidate will be educated to degree level or equivalent in Electronics , Electrical Engineering or Physics with industry experience of electronic design .', ['electrical-engineering', 'physics']],
  // A field list broken over lines by the scraper.
  ['Master and/or doctorate degree in data science, economics, epidemiology, public health, psychology,\n\nstatistics, or other health services research related disciplines.', ['data-science', 'economics', 'public-health', 'social-science', 'statistics']],
  // A field list before "related degree".
  ['A business, Management Information Systems or Computer Science related degree and a genuine interest in technology', ['business', 'computer-science', 'information-systems']],
  // The subject on the line after an abbreviated degree.
  ['Qualifications:\nPh.D.\nin a chemistry, environmental sciences, or a related discipline\n10\nyears of related post-graduate professional experience', ['chemistry']],
  // Modifiers sharing one head noun: "chemical ... science" is chemistry; "physical science" is no listed subject.
  ['PhD in related chemical, physical, or biological science field required.', ['biology', 'chemistry']],
  // "X Psychology" after "studies or experience in": the subject of the studies.
  ['Ph.D. as well as post-doctoral studies or experience in Speech-Language Pathology, Cognitive Science, Developmental Psychology or a related field, and a record that demonstrates a highly productive and excellent translational research program.', ['social-science']],
  ['Bachelors degree in business intelligence, analytics, or a related field, or comparable work experience', ['data-science']],
  // Holdout 3 (glassdoor-2020, labelled blind). "Stat" abbreviated in a list; "IT" before "field".
  ['Bachelor’s degree in an analytic or technical field, (Math, Stat, Computer Science, etc.)', ['computer-science', 'mathematics', 'statistics']],
  ["Bachelor's Degree in IT field is preferred. (Other education, commensurate experience and demonstrated ability of individual may be substituted.)", ['information-systems']],
  ['BS/BA College Degree in an analytical discipline (i.e. Engineering, Statistical Science, Mathematics, Actuarial Studies, Economics, Computer Science)', ['computer-science', 'economics', 'engineering', 'mathematics', 'statistics']],
  // A "Majors" heading over the list, and a "Majors:" label inline.
  ['Education:\n\nMasters required, Ph.D. preferred in following fields:\nPreferred Majors: Computer Science, Electrical Engineering, Engineering Statistics, Engineering - Systems Engineering, Mathematical Sciences - Applied Mathematics, Physics', ['computer-science', 'electrical-engineering', 'engineering', 'mathematics', 'physics', 'statistics']],
  ["Bachelor's degree required. Majors: Finance, Economics or Accounting.", ['economics', 'finance']],
  ["Bachelor's degree required\nMajors preferred: computer science, statistics, economics, or other quantitative fields of study", ['computer-science', 'economics', 'statistics']],
  // Holdout 5 and 6 (glassdoor-2020, labelled blind): subjects in a sentence of their own, or after a ";".
  ['Advanced degree required: Masters degree with 2-3 years experience or PhD 1+ years of experience. The degree should be in Computer Science, Applied Mathematics, Statistics, Machine Learning, or a related data centric field or equivalent experience is required.', ['artificial-intelligence', 'computer-science', 'mathematics', 'statistics']],
  ["[EDUCATION] Bachelor's Degree; Statistics, Computer Science, Physical Sciences, Economics, or a equivalent quantitative field.", ['computer-science', 'economics', 'statistics']],
  ["Education / work experience:\nBachelor's required, Masters preferred. Applied statistics, Computer Science, business analytics or a related field.\nMinimum 3 years, 5+ years preferred.", ['computer-science', 'data-science', 'statistics']],
  ['Ph.D. required. A degree from a statistics, engineering, mathematics, computer science, physics or operations research program preferred.', ['computer-science', 'engineering', 'mathematics', 'operations-research', 'physics', 'statistics']],
  ["Bachelor's degree from four-year college or university; Computer Science, Applied Mathematics, Engineering, Technology, or related degree preferred.", ['computer-science', 'engineering', 'mathematics']],
  ['Someone from an IT/computer science background', ['computer-science', 'information-systems']],
  // An aside between the degree and its subjects (holdout 7): its "by" ends no zone.
  ['• Master’s or higher degree (may be substituted by relevant work experience) in applied mathematics, physics, computer science, engineering, statistics or a related field', ['computer-science', 'engineering', 'mathematics', 'physics', 'statistics']],
  // An aside that holds the years figure (SkillSpan train, tech-22; its punctuation spaced out and commas dropped):
  // the subjects come after it.
  ['A doctorate degree or Master degree ( with +2 years work experience in the field ) in Bioinformatics data science computer science or related field', ['biology', 'computer-science', 'data-science']],
  ['Master’s degree (with 2+ years of industry experience) in Statistics, Mathematics or Economics', ['economics', 'mathematics', 'statistics']],
  ['combination of education and experience:\nBS or\nMS in Data Sciences, Computer Science, Electrical Engineering, Physics or\nApplied Mathematics.', ['computer-science', 'data-science', 'electrical-engineering', 'mathematics', 'physics']],
  // Holdout 4: "management science" is operations research; "data management" is a kind of work.
  ['Advanced degree in computer science, mathematics, management science, engineering, operations research, statistics', ['computer-science', 'engineering', 'mathematics', 'operations-research', 'statistics']],
  ["Bachelor's degree in quantitative social science, statistics, political science, economics, computer science and data management or related field", ['computer-science', 'economics', 'social-science', 'statistics']],
  // SkillSpan train (MIT): "the IT field"; "degree within" as "degree in".
  ["Bachelor's or Master's degree in the IT field", ['information-systems']],
  ['To be considered for this position you hold a degree within a relevant subject e.g. Chemical Engineering Mechanical Engineering or HSE', ['engineering']],
  ['You hold a degree within Mechanical Engineering', ['engineering']],
  // SkillSpan, fifth sample (MIT): names before "or an equivalent ... degree", a subject list in parentheses before
  // the degrees, "for example" inside a zone, "background preferably in".
  ['Requirements: Computer Science, Computer Engineering or an equivalent engineering degree', ['computer-engineering', 'computer-science', 'engineering']],
  ['Technical (Engineering or Computer Science) BS/MS degree or equivalent work experience', ['computer-science', 'engineering']],
  ['Masters degree in a relevant discipline (for example economics or statistics)', ['economics', 'statistics']],
  ['Strong engineering background preferably in fields such as Computer Science Mathematics Software Engineering Physics', ['computer-science', 'engineering', 'mathematics', 'physics']],
  // glassdoor-2020 kenjee-0151: "Electrical Engineering" cut by the window before the closer is no "Engineering".
  ["Candidate must possess a Bachelor's (or Master's) Degree from an ABET accredited school in Electrical Engineering, Computer Engineering, Software Engineering, Math, Physics or an equivalent degree with a GPA greater than or equal to a 3.4 with 0-3 years of experience.", ['computer-engineering', 'computer-science', 'electrical-engineering', 'mathematics', 'physics']],
];

// Traps: subjects that are not degree fields, and "related field"-style flags.
const NOT_FIELDS: [string, string][] = [
  ['studies of the work', 'Conduct studies in statistics and machine learning for our clients.'],
  ['case studies', 'We publish case studies in marketing.'],
  ['related field is a flag', "Bachelor's degree in related area of study"],
  ['quantitative field is a flag', 'Advanced degree in a quantitative field or STEM discipline required'],
  ['field of the experience, not the degree', "A Bachelor's Degree and 3+ years of experience in an IT-related field"],
  ['experience after "or equivalent"', 'Bachelor’s degree or equivalent experience with data analytics'],
  ['team backgrounds (about section)', 'About Us\nTeam members come from fields such as biomedical informatics, health economics, statistics, and operations research.'],
  ['skills beside the degree', 'A Master\'s Degree with either or both degrees employing statistical techniques and machine or deep learning methods is preferred.'],
  ['company focus', 'Our Cluster is currently focusing on new biology and mechanisms relevant to Dupixent.'],
  // A skill or domain name that holds an alias is not that field.
  ['business intelligence', 'Background in Business Intelligence and Dashboard design.'],
  ['STEM spelled out is the category (LABELLING: "STEM" is no field)', 'Bachelors degree in STEM (Science, Technology, Engineering or Math) or related field'],
  ['STEM spelled out, Oxford comma', 'Bachelors degree in Science, Technology, Engineering, or Mathematics (STEM)'],
  ['a line of work, not of subjects, after a degree', "Bachelor's degree required.\n3 years of experience in marketing, finance or a related field."],
  ['one word after "degree;" is another clause', "Requirements:\n- Bachelor's degree; Marketing experience a plus"],
  ['"degree from a" needs a program', 'Requirements:\n- Degree from a top university and experience in finance or marketing.'],
  ['GIS is no information-systems subject', 'Background in Geospatial Information Systems (GIS) and OGC WMS/WFS'],
  ['data engineering is a kind of work', 'We are looking for a data scientist with software development or data engineering background'],
  ['a kind of work after "background in"', 'Background in a telecommunications and/or network management.'],
  ['"it" is a word', 'Experience with it field mapping and data entry; Bachelor degree in a related field'],
  ['the IT department is no subject', "Bachelor's degree required; you will support the IT department"],
  ['the IT-related field of experience', "Bachelor's degree and 3+ years of work in the IT related field"],
  ['a majors heading over no list of subjects', 'Preferred Majors:\nAnyone with curiosity and grit is welcome to apply.'],
  ['unlisted subjects', 'Bachelor\'s Degree: Baccalaureate Degree in Medical Technology, Clinical Laboratory Science, Medical Laboratory Science or related science (Required)'],
];

describe('degree fields', () => {
  test.each(NAMED)('%s', (text, expected) => {
    expect(fields(text)).toEqual([...expected].sort());
  });
});

describe('not degree fields', () => {
  test.each(NOT_FIELDS)('%s', (_trap, text) => {
    expect(fields(text)).toEqual([]);
  });
});

describe('fields attach to their degree', () => {
  test('"BS in CS or Math; MS in Statistics" gives each degree its own fields', () => {
    const r = extractRequirements('BS in Computer Science or Math; MS in Statistics');
    expect(r.degrees.map((d) => [d.level, d.fields])).toEqual([
      ['bachelor', ['computer-science', 'mathematics']],
      ['master', ['statistics']],
    ]);
    expect(r.fields.find((f) => f.id === 'statistics')?.degreeLevel).toBe('master');
  });

  test('"MS preferred, or BA/BS degree in computer science": the field belongs to the bachelor', () => {
    const r = extractRequirements('MS preferred, or BA/BS degree in computer science, related field, or equivalent practical experience');
    expect(r.degrees.find((d) => d.level === 'master')?.fields).toEqual([]);
    expect(r.degrees.find((d) => d.level === 'bachelor')?.fields).toEqual(['computer-science']);
  });
});
