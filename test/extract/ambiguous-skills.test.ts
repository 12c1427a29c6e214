import { describe, expect, test } from 'vitest';
import { createExtractor, extractRequirements } from '../../src/index.js';
import { expectEvidenceIndexesInput } from '../helpers/evidence.js';

const AMBIGUOUS = new Set(['r', 'c', 'go', 'excel', 'spark', 'hive', 'pig', 'julia', 'java', 'scala', 'shell', 'sas', 'd3', 'git', 'gcp', 'aws', 'react', 'swift', 'airflow']);
const ambiguousIn = (text: string, extractor = { extract: extractRequirements }): string[] => {
  const r = extractor.extract(text);
  expectEvidenceIndexesInput(text, r);
  return r.summary.skills.filter((s) => AMBIGUOUS.has(s)).sort();
};

// Words and letters that name skills only in context. Real sentences (gold-dev, glassdoor) and the traps other
// extractors' bug trackers report.
const ACCEPT: [string, string[]][] = [
  ['Experience with R, Java, or other programming languages.', ['java', 'r']],
  ['Expert level programming in R required.', ['r']],
  ['Strong working knowledge of R preferred, Python OK.', ['r']],
  ['Statistical analysis using tools such as R not required, but a plus.', ['r']],
  ['Proficient in statistical software (SAS, R, etc.) for data analysis (SAS preferred).', ['r', 'sas']],
  ['Familiarity with the following software/tools: Python, C, Java, Jupyter Notebooks, SQL', ['c', 'java']],
  ['Firmware development: C, C , Rust, X86/ARM assembler', ['c']],
  ['Experience with Python, Go and SQL', ['go']],
  ['Word/Excel at an advanced level', ['excel']],
  // SkillSpan dev (MIT): "Go for" is the verb only where Go stands alone, not glued into a list by a slash.
  ['Proficient with various programming languages such as Python/Java/Ruby/Perl/Go for building automation or integration with APIs .', ['go', 'java']],
  ['Backend services written in Golang and gRPC', ['go']],
  ['Solid understanding of Microsoft Excel.', ['excel']],
  ['Advanced Excel experience required.', ['excel']],
  ['Ideal fit will be an Excel guru comfortable with advanced data manipulation functions.', ['excel']],
  ['Ridiculous Excel and/or SQL skills', ['excel']],
  ['Strong skills with Excel such as VLookUp, SUMIF, Pivot Tables', ['excel']],
  ['we need a strong python and spark developer to join the talented data science team.', ['spark']],
  ['Big data ecosystem. (Impala, Spark, Hive, SQOOP etc)', ['hive', 'spark']],
  ['Cassandra, HBase, R, Mahout, Pig, and Hive, DC/OS, Kubernetes', ['hive', 'pig', 'r']],
  ['Experience in data science tools, including Python, R, Scala,\nJulia, or SAS', ['julia', 'r', 'sas', 'scala']],
  ['Periscope, Business Objects, D3, ggplot, etc', ['d3']],
  ['Sqoop, Spark, Scala, Python, Java, UNIX Shell, Hive and Impala', ['hive', 'java', 'scala', 'shell', 'spark']],
  ['Extensive use of unit tests, Git, and Docker', ['git']],
  ['Experience with Cloud based vendors of AI/ML solutions: Azure, Google.', ['gcp']],
  ['Moderate knowledge of AWS cloud services: EC2, EMR, RDS, Redshift', ['aws']],
  // "such as", "e.g.", "including", "like" before the name or its list, inside parentheses too.
  ['Have experience with one or more data BI visualization tools (we are using Sisense) and/or libraries such as D3.', ['d3']],
  ['familiarity with cloud database set up, automation scheduling using directed acyclic graph (such as Airflow) and database optimization', ['airflow']],
  ['Training and relevant experience in one or more of the following areas:\nData science tools such as R, Python', ['r']],
  ['Experience with a large-scale framework (e.g., Spark) is a plus', ['spark']],
  ['Have a high level of comfort using the Python scientific and data libraries, particularly Pandas (or strong familiarity with a comparable system like R, and a strong willingness to learn Python/Pandas).', ['r']],
  ['Desire to learn Spark and data operations (experience is a plus)', ['spark']],
  // A general technical skill beside the name vouches for it.
  ['Experience deploying machine learning on large scales through Spark or other big data technology', ['spark']],
];

const REJECT: [string, string][] = [
  ['go-to-market', 'Own the go-to-market plan for new analytics products.'],
  ['going forward', 'Going forward, you will report to the VP of Data.'],
  ['Go-live', 'Support the Go-live of the new platform in Q3.'],
  ['go as a verb', 'There is no limit to how far you can go with us.'],
  ['R&D', 'Focusing on core R&D efforts for data products at Nuna.'],
  ['red flags', 'Spot red flags in claims data early.'],
  ['R. J. Reynolds', 'The U.S. parent company of R. J. Reynolds Tobacco Company.'],
  ['requisition code', 'Requisition Number 3553-395-R'],
  ['C-suite', 'Work with clients at all levels of the organization, from the C-suite to the shop floor.'],
  ['C-level', 'Present to C-level executives every quarter.'],
  ['U.S.C.', 'Appointed under the authority of 38 U.S.C. § 7405(c)(2)(B).'],
  ['P&C', 'Develop an understanding of the P&C Insurance business.'],
  ['Excel at', 'Excel at turning data into visual pictures.'],
  ['excel in', 'If you excel in a dynamic environment, join us.'],
  ['excellent', 'Excellent communication skills are a must.'],
  ['spark innovation', 'Spark innovation across our product teams.'],
  ['Spark Capital', 'Backed by Google Ventures and Spark Capital.'],
  ['Shell (the company)', 'Our clients include Shell, BP and ExxonMobil.'],
  ['Royal Dutch Shell', 'Previously a consultant for Royal Dutch Shell.'],
  ['hive mind', 'Tap into the hive mind of our analysts.'],
  ['pig farming', 'Our customers run pig farms across Iowa.'],
  ['EMR as medical records', 'Experience working with hospital EMRs such as Meditech and Epic.'],
  ['Google as an employer', 'Alumni of companies like Google, Facebook and Netflix.'],
  ['SAS 70', 'Prepare SAS 70 audit documentation.'],
  ['Julia the recruiter', 'Julia from our talent team will schedule your interview.'],
  // A soft skill or method beside an ambiguous name is ordinary prose, not a list of technologies.
  ['go-no go decision making', 'Insights gained from these informatics tools will be used to inform preclinical go-no go decision making, identify drug mechanisms of action, and identify predictive biomarkers that serve to rationally direct early clinical trial design.'],
  ['go for, after a slash between English words', 'Stop/Go for launch decisions are made weekly.'],
  ['excel in, after a slash between verbs', 'We want people who learn/excel in a fast-paced environment.'],
  ['Go/No Go after e.g.', 'Strong application of innovative study designs and developing milestone criteria (e.g. Go/No Go criteria)'],
  ['GCP as Good Clinical Practice after "including"', 'Partner with Clinical Operations on clinical trial conduct and monitoring, including GCP, patient eligibility, safety monitoring, AE and SAE tracking and reporting'],
  ['GCP among regulations after e.g.', 'Knowledge of applicable regulatory rules and guidelines, e.g., ICH, GCP, HIPAA'],
];

describe('ambiguous skills', () => {
  test.each(ACCEPT)('accepts: %s', (text, expected) => {
    expect(ambiguousIn(text)).toEqual(expected);
  });
  test.each(REJECT)('rejects %s', (_trap, text) => {
    expect(ambiguousIn(text)).toEqual([]);
  });

  test('taxonomy-helper style entries keep their traps: "react to", "SWIFT payments"', () => {
    const ex = createExtractor({
      taxonomy: [
        { id: 'react', name: 'React', category: 'web', policy: 'context', aliases: [{ form: 'ReactJS', policy: 'safe' }, { form: 'React.js', policy: 'safe' }] },
        { id: 'swift', name: 'Swift', category: 'language', policy: 'context' },
      ],
    });
    expect(ambiguousIn('You can react to changing priorities quickly.', ex)).toEqual([]);
    expect(ambiguousIn('React to customer feedback within a day.', ex)).toEqual([]);
    expect(ambiguousIn('Reconcile SWIFT payments for treasury.', ex)).toEqual([]);
    expect(ambiguousIn('Front end in React, Redux and JavaScript.', ex)).toEqual(['react']);
    expect(ambiguousIn('Experience with React.js and Swift', ex)).toEqual(['react', 'swift']);
  });
});
