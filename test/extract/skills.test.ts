import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createExtractor, extractRequirements } from '../../src/index.js';
import { ONET_TECHNOLOGY_PACK } from '../../src/packs/onet.js';
import { expectEvidenceIndexesInput } from '../helpers/evidence.js';

// The tables below are about the contract skills; skills of the extended taxonomy have their own tests.
const contract = JSON.parse(readFileSync(new URL('../fixtures/contract-ids.json', import.meta.url), 'utf8')) as {
  skills: Record<string, string[]>;
};
const CONTRACT_SKILLS = new Set(Object.values(contract.skills).flat());

const skillIds = (text: string): string[] => {
  const r = extractRequirements(text);
  expectEvidenceIndexesInput(text, r);
  return [...r.summary.skills].filter((id) => CONTRACT_SKILLS.has(id)).sort();
};

// Sentences from the corpus (gold-dev postings); expected ids read from the text by LABELLING.md.
const POSITIVE: [string, string[]][] = [
  ['Utilize system tools including (MySQL, Hadoop, Weka, R, Matlab,ILog).', ['hadoop', 'matlab', 'r', 'sql']],
  ['Design, develop and implement ML/Analytics features for high-performance cloud monitoring.', ['machine-learning']],
  ['Machine Learning Frameworks: (Scikit-Learn, TensorFlow, Keras, PySpark ML)', ['keras', 'machine-learning', 'scikit-learn', 'spark', 'tensorflow']],
  ['Experience with AWS cloud services: Lambda, S3, Glue, Redshift, and Athena, or their open source equivalents', ['aws']],
  ['Knowledge of HTML/CSS/Javascript, d3.js and web application frameworks (Flask, Django, Play!, etc.)', ['d3', 'javascript']],
  ['Expert querying data in SQL, BigQuery, Snowflake, Redshift or other Data Warehouse', ['aws', 'gcp', 'snowflake', 'sql']],
  ['Experience in CI/CD concepts and use of automation tools such as GitHub, Jenkins, Maven, etc.', ['git']],
  ['Object-Oriented Development: Java, C#, C , Python 3.x', ['c', 'csharp', 'java', 'python']],
  ['Strong analytical programming in C++, Python, R and/or equivalent is required.', ['cpp', 'python', 'r']],
  ['Data visualization using MS Power BI, R Shiny', ['data-visualization', 'power-bi', 'r']],
  ['Experience with NodeJS, Docker/Kubernetes and Node.js microservices', ['docker', 'javascript', 'kubernetes']],
  ['Proficiency with data science toolkits in Python or R (sklearn, scikit learn, pandas, numpy).', ['numpy', 'pandas', 'python', 'r', 'scikit-learn']],
  ['Build dashboards in Power BI / PowerBI and Tableau.', ['power-bi', 'tableau']],
  ['Experience with TensorFlow 2, TensorFlow2 and PyTorch for deep neural networks', ['deep-learning', 'pytorch', 'tensorflow']],
  ['Experience using statistical computer languages (R, Python, SQL, etc.) to manipulate data and draw insights from large data sets.', ['python', 'r', 'sql', 'statistics']],
  ['Familiarity with Spark/MapReduce', ['mapreduce', 'spark']],
  // Holdout 3: "Hadoop/MapReduce" names Hadoop too; "excel usage" is the software.
  ['Experience working with big data distributed programming languages, and ecosystems (e.g. S3, EC2, Hadoop/MapReduce, Pig, Hive, Spark, etc)', ['aws', 'big-data', 'hadoop', 'hive', 'mapreduce', 'pig', 'spark']],
  ['Strong computer skills - heavy excel usage - running pivot tables, vlookup, etc.', ['excel']],
  // A degree subject under a "Majors" heading is no skill; neither is "Statistical Science".
  ['Preferred Majors:\nComputer Science, Electrical Engineering, Engineering Statistics, Physics', []],
  ['BS/BA College Degree in an analytical discipline (i.e. Engineering, Statistical Science, Mathematics)', []],
  ['Experience with distributed data/computing tools: Map/Reduce, Hadoop, Hive, Spark, Gurobi, MySQL, etc.', ['hadoop', 'hive', 'mapreduce', 'spark', 'sql']],
  ['Scripting Tools – Linux/Unix, Shell Scripts', ['shell']],
  ['Comfortable navigating the command line.', ['shell']],
  // SkillSpan (MIT): scripting on Unix is shell scripting.
  ['- Perl/Unix scripting basic experience', ['perl', 'shell']],
  ['Source code version control management using git', ['git']],
  ['Develop and maintain code in source code control systems', ['git']],
  ['Experience writing clean, version-controlled code', ['git']],
  // Holdouts 7 and 8: misspellings (rule 1) and Google Cloud services.
  ['Qualifications:\n5+ years as a data scientist with machine leaning analysis', ['machine-learning']],
  ['Expertise in stochastic statistics and machine earning', ['machine-learning', 'statistics']],
  ['Experience with ML frameworks such as TensorFlow, MX Net, Caffe2', ['caffe', 'machine-learning', 'mxnet', 'tensorflow']],
  ['Our stack runs on Google Compute, Firebase, and GKE', ['gcp']],
  ['Strong Phython and SQL skills', ['python', 'sql']],
  // ... but a duty to partner with people leaves the names beside it, and data analytics as work stays.
  ['use of primarily Oracle, SQL Server, Snowflake, Python, and partner with various internal departments', ['python', 'snowflake', 'sql']],
  ['Build and continually improve Tableau dashboard offerings for business partners', ['tableau']],
  ['3 years of data analytics experience on a product team', ['data-analysis']],
  // A second read's traps: the next bullet is no team, a duty's partners are none of the company's.
  ['Requirements:\n- Data analysis\n- Team leadership experience', ['data-analysis']],
  ['Requirements:\n- Experience with data analytics\n- Company car provided', ['data-analysis']],
  ['Responsibilities:\n- Build strong partnerships with Engineering and Product to deploy models on AWS and Tableau.', ['aws', 'tableau']],
  ['Responsibilities:\n- Work with our Technology Partners to build pipelines on AWS using Spark and Airflow.', ['airflow', 'aws', 'spark']],
  ['Graduate Intern Responsibilities:\n- Statistics and data analytics on claims data using Python', ['data-analysis', 'python', 'statistics']],
  ['Familiarity with natural language processing (NLP), computer vision and object detection', ['computer-vision', 'natural-language-processing']],
  ['Experience with convolutional neural networks, LSTMs and reinforcement learning', ['deep-learning', 'reinforcement-learning']],
  ['This will include developing complex SQL scripts for data\nanalysis and extraction', ['data-analysis', 'sql']],
  ['Collecting and analyzing customer and operational data to deepen insight', ['data-analysis']],
  ['Experience with big data technologies and data visualizations', ['big-data', 'data-visualization']],
  ['Experience with cloud native services such as AWS EMR, Azure databricks, HDInsight, Sagemaker is a plus', ['aws', 'azure', 'databricks']],
  ['Experience with Python/R/SQL and R/Python', ['python', 'r', 'sql']],
  // Snowflake the warehouse: capitalised, or in a list of databases.
  ['Strong understanding of SQL, dimensional modeling, and analytical data warehouses, like Snowflake', ['snowflake', 'sql']],
  ['Experience with Vertica or similar high-performance databases (snowflake, big query)', ['gcp', 'snowflake']],
  // Rules 7 and 9: variants of "data analysis" / "visualize data".
  ['Advanced degree in Statistics/Mathematics/Computer Science/Economics or other fields that requires advanced training in data analytics.', ['data-analysis']],
  ['Proven knowledge of statistical methods for data reporting and analysis', ['data-analysis', 'statistics']],
  ['Experience with big data manipulation and analysis using varying frameworks/tools: SQL, Python', ['big-data', 'data-analysis', 'python', 'sql']],
  ['BONUS: Experience computing and visualizing live metrics.', ['data-visualization']],
  ['Design and develop dashboards and reports to visualize analysis results using BI tools', ['data-visualization']],
];

// General skills named where the company describes itself are not asked (rule 6, "not about the company"); a
// sentence about the job, the hiring or the team the candidate joins still counts, and so does another mention.
const COMPANY_VOICE: [string, string[]][] = [
  ['Here at Zest AI, we’re leveraging the power of machine learning and big data to challenge the traditional method of credit underwriting.', []],
  ['We have over a decade of experience in collecting and analyzing primary data on hard-to-access markets, which allows Guidepoint Data to offer clients some of the most differentiated and powerful data available.', []],
  ['TrueAccord is a category-defining company. We combine machine learning with a human based approach to assist both clients and consumers through a challenging financial process.', []],
  ['PDI provides services across all verticals and continues to grow as a leader across every sector of data management, from Big Data to Data Science.', []],
  ['Our capabilities include Financial and Administrative Support, Program/Project and Performance Management, Big Data Management (e.g., business intelligence and analytical support).', []],
  ['Our products are focused on processing and analyzing vast amounts of data in these core areas.', []],
  ["Our people are our most important asset, and we're assembling a team of strategic and critical thinking power houses that can work directly with our executive team on business operations, strategy and data analysis.", ['data-analysis']],
  ["We're looking for someone with 5-7 years of experience manipulating data sets and building statistical models.", ['statistics']],
  ['Our data scientists have strong experience using a variety of data mining/data analysis methods, building and implementing models, using/creating algorithms and simulations.', ['data-analysis']],
  ['Knowledge or experience with Machine Learning is a plus!', ['machine-learning']],
  ['Machine Learning is a core part of this work.', ['machine-learning']], // constructed: the skill is the subject, not a company name
  ['We combine machine learning with a human based approach.\nRequirements:\n• Expert experience designing, developing, and implementing machine learning models/algorithms', ['machine-learning']],
];

// Traps: things that must not become skills.
const NEGATIVE: [string, string[]][] = [
  ['We want to enable organizations and businesses to go beyond basic visualization.', []], // company voice; "go" is no skill
  // The snowflake schema of dimensional modeling, not the Snowflake warehouse.
  ['Understanding of enterprise and reporting modeling concepts, including dimensional modeling, snowflakes, slowly changing dimensions, schema on read, irregular dimensions, and surrogate, compound and intelligent keys.', []],
  ['Data modeling with star and snowflake schemas, SQL', ['sql']], // constructed (no corpus sentence names the schema so)
  ['Degree or relevant experience in the field of Computer Science, Mathematics or Statistics', []],
  ['NoSQL databases such as MongoDB and Cassandra', []],
  // Holdouts 4-12: a team's or a company's name, and the company's partners, are asked of no one.
  ['Requirements:\nCollaborate with the data analytics team to define new platform requirements', []],
  ['Requirements:\nPython\nH2O.ai partners with leading technology companies such as NVIDIA, IBM, AWS, Intel, Microsoft Azure and Google Cloud Platform.', ['python']],
  ['Requirements:\nPython\nAwards:\nTableau Gold Partner for 5 consecutive years\nAlteryx, Collibra, Snowflake, AWS & Microsoft Partner', ['python']],
  ['Information about our campus is published under the Jeanne Clery Disclosure of Campus Security Policy and Campus Crime Statistics Act.', []],
  ['Experience with No-SQL stores', []],
  ["ac.type = 'text/javascript'; ac.async = true;", []],
  ['Maintain XSLT and Java scripts for batch loading', ['java']],
  ['Bachelor’s degree in Computer Science, Statistics, Mathematics or related field', []],
  ['Mathematics or Statistics background a plus', []],
  ['Amazon is hiring data people in Seattle.', []],
  ['Work with the product team to define requirements for data pipelines', []],
];

describe('skills: corpus sentences', () => {
  test.each(POSITIVE)('%s', (text, expected) => {
    expect(skillIds(text)).toEqual(expected);
  });
  test.each(NEGATIVE)('trap: %s', (text, expected) => {
    expect(skillIds(text)).toEqual(expected);
  });
  test.each(COMPANY_VOICE)('company voice: %s', (text, expected) => {
    expect(skillIds(text)).toEqual(expected);
  });
});

// How the matcher joins tokens (any taxonomy id, extended ones too): a dot joins only inside a name, and names
// inside e-mail addresses and URLs are no skills. Corpus sentences; `present` / `absent` ids read from the text.
const allIds = (text: string, extract = extractRequirements): string[] => {
  const r = extract(text);
  expectEvidenceIndexesInput(text, r);
  return r.skills.map((s) => s.id);
};
const onet = createExtractor({ taxonomy: ONET_TECHNOLOGY_PACK });
const JOINS: [string, string[], string[]][] = [
  ['Improve technical workflows to increase NASIC multispectral & hyperspectral analytic capabilities and provide valuable intelligence. Analysis and research findings will typically be delivered in an intelligence report or briefing with supporting graphics and documentation.', [], ['defense-intelligence']],
  ['Relevant experience in software delivery, ideally in our native tech stack: C#/ASP.NET/MVC/WCF/SQL/IIS.', ['csharp', 'dotnet', 'sql'], []],
  ['Experience with NodeJS, Docker/Kubernetes and Node.js microservices', ['javascript', 'docker', 'kubernetes'], []],
  ['Machine Learning Frameworks: (Scikit-Learn, TensorFlow, Keras, PySpark ML)', ['scikit-learn', 'tensorflow', 'keras'], []],
  ['Knowledge of HTML/CSS/Javascript, d3.js and web application frameworks (Flask, Django, Play!, etc.)', ['html', 'd3', 'javascript', 'flask', 'django'], []],
  ['Life insurance and more! Visit http://apellis.com/careerbenefits.html to learn more.', [], ['html']],
  ['For further information, visit: http://www.ed.gov/about/offices/list/ous/international/usnei/us/edlite-visitus-forrecog.html.Independently Performs advanced and complex laboratory procedures', [], ['html']],
];

// Neighbours in one list vouch for an ambiguous name: any technical skill for any name, a soft skill or method only
// for a soft skill or method ("maintains a continuous improvement outlook" names no e-mail client).
const NEIGHBOURS: [string, string[], string[]][] = [
  ['Identifies and recommends solutions to vendor data management issues and maintains a continuous improvement outlook', [], ['ms-outlook']],
  ['High levels of curiosity, creativity, and problem-solving capabilities.', ['curiosity', 'innovation'], []],
];

describe('skills: list neighbours by category', () => {
  test.each(NEIGHBOURS)('%s', (text, present, absent) => {
    const ids = allIds(text);
    for (const id of present) expect(ids).toContain(id);
    for (const id of absent) expect(ids).not.toContain(id);
  });
});

describe('skills: token joins, e-mail addresses and URLs', () => {
  test.each(JOINS)('%s', (text, present, absent) => {
    const ids = allIds(text);
    for (const id of present) expect(ids).toContain(id);
    for (const id of absent) expect(ids).not.toContain(id);
  });
  test('a name inside an e-mail domain is no skill; the same name in prose is (O*NET pack)', () => {
    const text = "Please mark @talent.icims.com as a safe sender to ensure recruiter emails don't go to spam.";
    expect(allIds(text, (t) => onet.extract(t))).not.toContain('icims');
    expect(allIds(`${text} Candidates apply through iCIMS.`, (t) => onet.extract(t))).toContain('icims');
  });
});

describe('skill hits', () => {
  test('carry id, name, category, every mention, section and required-ness', () => {
    const text = 'Requirements:\n• Python and SQL\n\nPreferred Qualifications:\n• Experience with Tableau is a plus\n• More Python';
    const r = extractRequirements(text);
    expectEvidenceIndexesInput(text, r);
    const python = r.skills.find((s) => s.id === 'python')!;
    expect(python).toMatchObject({ name: 'Python', category: 'language', required: true, section: 'requirements' });
    expect(python.mentions.map((m) => m.evidence.text)).toEqual(['Python', 'Python']);
    const tableau = r.skills.find((s) => s.id === 'tableau')!;
    expect(tableau).toMatchObject({ category: 'visualization', required: false, section: 'preferred' });
  });

  test('"at least one of the following" under a preferred heading is no requirement wording (SkillSpan dev)', () => {
    const text = 'Requirements:\nPython\nPreferred Qualifications:\n3+ years of experience in at least one of the following: Scala, Julia';
    const r = extractRequirements(text);
    expect(Object.fromEntries(r.skills.map((s) => [s.id, s.required]))).toEqual({ python: true, scala: false, julia: false });
  });

  test.each([
    // A dash set off by a space separates a name from what follows; a glued one joins a name's words.
    ['Requirements: Python - 3+ years of SQL', ['Python', 'SQL']],
    ['Python -3 years', ['Python']],
    ['Experience with Python 3 and node-js', ['Python 3', 'node-js']],
    ['Forecasting with time- series data', ['Forecasting', 'time- series data']],
  ])('evidence of %j is %j', (text, evidence) => {
    const r = extractRequirements(text);
    expectEvidenceIndexesInput(text, r);
    expect(r.skills.flatMap((s) => s.mentions.map((m) => m.evidence.text))).toEqual(evidence);
  });

  test('evidence indexes the original HTML input', () => {
    const html = '<ul><li>Experience with <b>C++</b> &amp; C#</li><li>Node.js</li></ul>';
    const r = extractRequirements(html);
    expectEvidenceIndexesInput(html, r);
    expect(r.skills.map((s) => s.evidence.text)).toEqual(['C++', 'C#', 'Node.js']);
  });
});

describe('skills: no phrase runs from one line into the next bullet', () => {
  const ids = (text: string): string[] => extractRequirements(text).summary.skills;
  const crossLine = (text: string): string[] =>
    extractRequirements(text)
      .skills.flatMap((s) => s.mentions.map((m) => m.evidence.text))
      .filter((t) => /\n\s{0,3}[A-Z]/.test(t));
  test.each([
    // Real pairs of lines from the corpus: the end of one bullet and the start of the next are no phrase.
    ['Design and analyze experiments\nAssemble data sets from disparate sources'],
    ['Participate in daily scrum meetings and support development team\nWork with customers and team members in an Agile development'],
    ['comfortable communicating with senior levels of both business and technology leadership\nExperience driving large analytic projects'],
  ])('%j gives no mention across the line break', (text) => {
    expect(crossLine(text)).toEqual([]);
  });

  test('a sentence wrapped in lower case still joins ("data\\nanalysis")', () => {
    expect(ids('This will include developing complex SQL scripts for data\nanalysis and extraction')).toContain('data-analysis');
  });
});
