import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createExtractor, SkillEntrySchema, TAXONOMY_CATEGORIES, type SkillEntryParsed } from '../../src/index.js';
import { coreSkills } from '../../src/taxonomy/data/core.js';
import { extendedSkills } from '../../src/taxonomy/data/extended.js';
import { aliasKey } from '../../src/taxonomy/matcher.js';
import { expectEvidenceIndexesInput } from '../helpers/evidence.js';

/**
 * The generated extended taxonomy (scripts/build-taxonomy.mjs): shape, uniqueness against core and within itself,
 * ambiguity policies, and real corpus sentences (examples/data/glassdoor-2020.jsonl) that must or must not yield
 * extended skills. Expected ids are read from the sentences by hand.
 */

interface AmbiguousTerm {
  term: string;
  policy: string;
}
const ambiguous = (
  JSON.parse(readFileSync(new URL('../fixtures/ambiguous-terms.json', import.meta.url), 'utf8')) as { terms: AmbiguousTerm[] }
).terms;

const CORE_SKILLS = coreSkills();
const EXTENDED_SKILLS = extendedSkills();
const core = CORE_SKILLS.map((e) => SkillEntrySchema.parse(e));
const extended = EXTENDED_SKILLS.map((e) => SkillEntrySchema.parse(e));

/** Every surface form of an entry with the policy it is matched under. */
function formsOf(e: SkillEntryParsed): { form: string; policy: string }[] {
  const list = e.aliases.map((a) => (typeof a === 'string' ? { form: a, policy: e.policy } : a));
  if (!list.some((a) => a.form === e.name)) list.unshift({ form: e.name, policy: e.policy });
  return list;
}
/** Stricter than the matcher's key: "nodejs", "Node.js" and "node-js" collide here too. */
const compactKey = (form: string): string => aliasKey(form).replace(/ /g, '');

describe('extended taxonomy: shape', () => {
  test('every entry passes SkillEntrySchema', () => {
    expect(extended).toHaveLength(EXTENDED_SKILLS.length);
  });

  test('holds at least 800 skills, 866+ with core', () => {
    expect(extended.length).toBeGreaterThanOrEqual(800);
    expect(extended.length + core.length).toBeGreaterThanOrEqual(866);
  });

  test('categories come from the fixed set, and every category is used', () => {
    const used = new Set(extended.map((e) => e.category));
    for (const c of used) expect(TAXONOMY_CATEGORIES).toContain(c);
    for (const c of ['language', 'database', 'mlops', 'web', 'data-engineering', 'cloud-service', 'devops', 'soft-skill', 'methodology']) {
      expect(used.has(c as (typeof TAXONOMY_CATEGORIES)[number]), c).toBe(true);
    }
  });

  test('ids are unique slugs, none of them a core id', () => {
    const coreIds = new Set(core.map((e) => e.id));
    const ids = extended.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => coreIds.has(id))).toEqual([]);
  });

  test('every form has something to match', () => {
    for (const e of extended) for (const { form } of formsOf(e)) expect(aliasKey(form), `${e.id} "${form}"`).not.toBe('');
  });

  test('implies points at known skills', () => {
    const all = new Set([...core, ...extended].map((e) => e.id));
    for (const e of extended) for (const id of e.implies ?? []) expect(all.has(id), `${e.id} implies ${id}`).toBe(true);
  });
});

describe('extended taxonomy: one owner per surface form', () => {
  test('no form (normalised: case, spaces, dots, hyphens) of core is reused', () => {
    const coreKeys = new Map<string, string>();
    for (const e of core) for (const { form } of formsOf(e)) coreKeys.set(compactKey(form), e.id);
    const clashes = extended.flatMap((e) => formsOf(e).filter(({ form }) => coreKeys.has(compactKey(form))).map(({ form }) => `${e.id} "${form}" (core ${coreKeys.get(compactKey(form))})`));
    expect(clashes).toEqual([]);
  });

  test('no form is claimed by two extended skills', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of extended) {
      for (const k of new Set(formsOf(e).map(({ form }) => compactKey(form)))) {
        const other = owners.get(k);
        if (other && other !== e.id) clashes.push(`${k}: ${other}, ${e.id}`);
        owners.set(k, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('extended taxonomy: ambiguity', () => {
  test('no ambiguous-terms.json name is a safe bare form', () => {
    const bare = new Map(ambiguous.filter((t) => t.policy !== 'safe').map((t) => [compactKey(t.term), t.term]));
    const unsafe = extended.flatMap((e) => formsOf(e).filter((f) => f.policy === 'safe' && bare.has(compactKey(f.form))).map((f) => `${e.id} "${f.form}"`));
    expect(unsafe).toEqual([]);
  });

  // One-word names that are ordinary English words (the brief's list and the traps seen in other extractors).
  const englishWords = [
    'React', 'Spring', 'Express', 'Flask', 'Storm', 'Beam', 'Unity', 'Mode', 'Access', 'Word', 'Chef', 'Puppet', 'Swift',
    'Rust', 'Ruby', 'Shell', 'Go', 'Julia', 'Rails', 'Next', 'Nest', 'Crystal', 'Elm', 'Dart', 'Drill', 'Presto', 'Impala',
    'Bamboo', 'Helm', 'Prometheus', 'Outlook', 'Slack', 'Zoom', 'Notion', 'Sketch', 'Segment', 'Amplitude', 'Maven', 'Ant',
    'Jenkins', 'Luigi', 'Prefect', 'Dash', 'Bootstrap', 'Confluence', 'Asana', 'Tomcat', 'Anaconda', 'Eclipse', 'Leadership',
    'Initiative', 'Integrity', 'Adaptability', 'Collaboration', 'Innovation', 'REST', 'Canva', 'Apex', 'Flume', 'Cassandra',
  ];
  test.each(englishWords)('"%s" is never matched as a safe form', (word) => {
    for (const e of extended) {
      for (const f of formsOf(e)) if (compactKey(f.form) === compactKey(word)) expect(f.policy, `${e.id} "${f.form}"`).not.toBe('safe');
    }
  });

  // Linguist aliases that are code-fence tags or file names, unsafe in prose.
  test.each(['node', 'py', 'inc', 'rb', 'js', 'sh', 'ts', 'rs', 'pl', 'cake', 'rake', 'coffee', 'posh', 'envrc', 'byond', 'pandoc', 'emacs'])(
    'the code-fence tag "%s" is not a form of any extended skill',
    (tag) => {
      const owners = extended.filter((e) => formsOf(e).some((f) => compactKey(f.form) === tag)).map((e) => e.id);
      expect(owners).toEqual([]);
    },
  );

  test('communication stays its own signal: no soft skill claims it', () => {
    const soft = extended.filter((e) => e.category === 'soft-skill');
    expect(soft.length).toBeGreaterThanOrEqual(40);
    for (const e of soft) for (const f of formsOf(e)) expect(f.form.toLowerCase(), e.id).not.toMatch(/communicat|presentation|public speaking|written and verbal/);
  });
});

const extractor = createExtractor();
function skillIds(text: string): { ids: string[]; summary: string[] } {
  const r = extractor.extract(text);
  expectEvidenceIndexesInput(text, r);
  return { ids: r.skills.map((s) => s.id), summary: r.summary.skills };
}

describe('extended skills in real postings (glassdoor-2020)', () => {
  // [posting id, sentence as written, extended ids that must be found]
  const found: [string, string, string[]][] = [
    ['kenjee-0174', 'Proficient in the use of Teradata SQL, SAS, Data Visualization (e.g., Tableau, Cognos, Webfocus or other), MS Access, MS Excel, Visual Basic, and or .NET', ['teradata', 'cognos', 'webfocus', 'ms-access', 'visual-basic', 'dotnet']],
    ['kenjee-0132', 'Messaging technologies such as RabbitMQ, Kafka or Kinesis.', ['rabbitmq']],
    ['kenjee-0198', 'Alteryx (or some equivalent ETL tool such as Informatica)', ['alteryx', 'etl', 'informatica']],
    ['kenjee-0246', 'Experience with Maven, Jenkins, and SonarQube a plus', ['maven', 'jenkins', 'sonarqube']],
    ['kenjee-0135', 'Experience writing SQL queries and data transforms against large-scale column-oriented databases (Vertica, Redshift, Snowflake)', ['vertica']],
    ['kenjee-0132', 'SQL on Hadoop technologies such as Hive, Impala or Presto.', ['impala', 'presto']],
    ['kenjee-0081', '· Experience with ETL concepts, Cognos and OBIEE tools.', ['etl', 'cognos', 'obiee']],
    ['kenjee-0303', 'At least 2 years experience with CPLEX, GUROBI, AMPL or other solvers', ['cplex', 'gurobi', 'ampl']],
    ['kenjee-0220', 'Knowledge of several of the following areas is desirable: DevSecOps, Active Server Pages, JavaScript, Python, HTML, and AWS native applications including S3, WAF, API Gateway, Lambda, CloudFront, DynamoDB, Transcribe, Athena, Simple Queue Service, QuikSight, CloudWatch, CloudTrail, KMS, and Cognito.', ['devops-practice', 'html', 'aws-cloudfront', 'aws-sqs', 'aws-cloudtrail']],
    ['kenjee-0631', 'Well informed on cloud native technologies that enable batch and streaming data ingestion into cloud (For example: Azure Data Factory, Azure Event Hubs, Azure IoT Hubs etc)', ['azure-event-hubs', 'azure-iot']],
    ['kenjee-0002', 'Exceptional understanding of machine learning algorithms such as Random Forest, SVM, k-NN, Naïve Bayes, Gradient Boosting a plus.', ['decision-trees', 'svm']],
    ['kenjee-0035', 'Strong work ethic, emphasizing both efficiency and quality of work.', ['work-ethic']],
    ['kenjee-0001', '• Proven analytical skills – Able to compare, contrast, and validate work with keen attention to detail.', ['analytical-thinking', 'attention-to-detail']],
    ['kenjee-0535', 'Familiarity with batch processing and workflow tools such as Airflow, Luigi, Celery, or others', ['luigi']],
    ['kenjee-0246', 'Data extract, transform and load experience with an enterprise solution such as Informatica, SSIS, or Talend, is a plus.', ['informatica', 'ssis', 'talend']],
    ['kenjee-0035', 'Experience with infrastructure automation tools (Ansible, Chef, Salt, etc.)', ['ansible', 'chef']],
    ['kenjee-0037', 'Familiarity with one or more of the following: Hadoop HDFS, Spark, Accumulo, Presto, MongoDB, Elastic Search, Cassandra, HBase, R, Mahout, Pig, and Hive, DC/OS, Kubernetes', ['accumulo', 'presto', 'mongodb', 'elasticsearch', 'cassandra', 'mahout']],
    ['kenjee-0119', 'Big data ecosystem. (Impala, Spark, Hive, SQOOP etc)', ['impala', 'sqoop']],
    ['kenjee-0053', 'Experience building data processing ETL pipelines in a production environment with frameworks (eg. Apache Airflow, DBT, Spring DataFlow )', ['etl', 'dbt']],
    ['kenjee-0136', 'e.g., decision trees, bootstrap aggregation, boosting, deep learning; Unsupervised machine learning techniques. e.g., k-means clustering, principal component analysis, hierarchical clustering.', ['decision-trees', 'clustering', 'multivariate-analysis']],
  ];
  test.each(found)('%s: %s', (_id, text, expected) => {
    const { ids } = skillIds(text);
    for (const id of expected) expect(ids, id).toContain(id);
  });

  // A longer extended alias wins the match; the contract skill it names must still reach the summary.
  const implied: [string, string, string[]][] = [
    ['kenjee-0174', 'Proficient in the use of Teradata SQL, SAS, Data Visualization (e.g., Tableau, Cognos, Webfocus or other)', ['sql']],
    ['kenjee-0220', 'AWS native applications including S3, WAF, API Gateway, Lambda, CloudFront, DynamoDB, Transcribe, Athena, Simple Queue Service', ['aws']],
    ['kenjee-0631', 'For example: Azure Data Factory, Azure Event Hubs, Azure IoT Hubs etc', ['azure']],
  ];
  test.each(implied)('%s: implied contract ids in the summary', (_id, text, expected) => {
    const { summary } = skillIds(text);
    for (const id of expected) expect(summary, id).toContain(id);
  });

  // Traps: [posting id, sentence, an extended id that must NOT be found]
  const traps: [string, string, string][] = [
    ['kenjee-0014', 'You will work with the rest of the team to enable Takeda to continue its journey of data maturity, delivering outputs while educating others.', 'rest-api'],
    ['kenjee-0098', 'At Kodiak, we strive to build a diverse community working towards our common company goals in a safe and collaborative environment where harassment of any kind is strictly prohibited.', 'safe-agile'],
    ['kenjee-0136', 'e.g., decision trees, bootstrap aggregation, boosting, deep learning; Unsupervised machine learning techniques.', 'bootstrap'],
    ['kenjee-0202', 'This cross-functional team leverages Amazon Web Services for everything from ECS for containerized virtualization and hosting, to S3 for durable object storage, RDS and DynamoDB for persistence, EMR for the batch processing of billions of records, and Lambda for distributed workloads and stream consumption.', 'persistence'],
    ['kenjee-0309', "5+ years' relevant experience as a data engineer or SQL developer.", 'sql-developer'],
    ['kenjee-0483', '• Mine and clean data from multiple sources, then analyze results to identify trends and patterns in order to recommend and configure changes for CRM application parameters leveraging excel or tools that support reviewing analytics and metrics.', 'or-tools'],
    ['kenjee-0001', 'The Healthcare Data Scientist position will join our Advanced Analytics group at the University of Maryland Medical System (UMMS) in support of its strategic priority to become a data-driven and outcomes-', 'health-informatics'],
    ['kenjee-0216', 'Please review our CCPA Policy with regard to applicant and employee personal information here.', 'regulatory-compliance'],
    ['kenjee-0664', 'Digital Media GTM Data Science and Analytics team is looking for Data Science Engineer - Mobile, who is the full-stack data specialist and can help us build scalable data platform, pipeline, and analytics sol', 'google-tag-manager'],
    ['kenjee-0651', 'Leadership – With decades of combined experience and an unrivaled track record of healthcare innovation, our leadership team sets the standard for us.', 'leadership'],
    ['kenjee-0009', 'We believe that in order for our employees to perform their best, they need access to strategic decisions, and so our flat structure and open communication invite innovation from all levels — ideas flow freely.', 'ms-access'],
    ['kenjee-0009', 'We believe that in order for our employees to perform their best, they need access to strategic decisions, and so our flat structure and open communication invite innovation from all levels — ideas flow freely.', 'innovation'],
    ['kenjee-0001', '• Develops predictive and prescriptive analytic models in support of the organization’s clinical, operations and business initiatives and priorities.', 'initiative'],
    ['kenjee-0011', "ManTech's utilization of any external recruitment or job placement agency is predicated upon its full compliance with our equal opportunity/affirmative action policies.", 'regulatory-compliance'],
  ];
  test.each(traps)('%s: no %s in a trap sentence', (_id, text, id) => {
    expect(skillIds(text).ids).not.toContain(id);
  });
});
