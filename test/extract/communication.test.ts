import { describe, expect, test } from 'vitest';
import { extractRequirements } from '../../src/index.js';
import { expectEvidenceIndexesInput } from '../helpers/evidence.js';

const comm = (text: string): boolean => {
  const r = extractRequirements(text);
  expectEvidenceIndexesInput(text, r);
  expect(r.summary.communication).toBe(r.communication.length > 0);
  return r.summary.communication;
};

// Sentences from gold-dev postings (LABELLING "communication" and ruling 15).
const ASKS: string[] = [
  'Excellent communication (written and verbal) and presentation skills',
  'Effective oral and written communication skills.',
  'Excellent communications skills, strong presentation skills',
  'Validate, interpret and present findings and solutions to both expert and non-expert audiences',
  'Ability to communicate complex problems with clarity and effectiveness to expert and non-expert audiences',
  'Doing ad-hoc analysis and presenting results in a clear manner',
  'Collaborate with cross-functional teams and communicate results and ideas to key decision makers;',
  'Solid writing and speaking skills to support data storytelling',
  'Experience presenting technical data and information to non-technical users.',
  'Incumbents are effective communicators capable of independently driving issues to resolution.',
  'Communicate data-driven insights and recommendations to non-technical stakeholders',
  'Clear and effective communication of complex ideas and analysis',
  'Excellent written and oral interpersonal skills',
  'Prepare reporting materials for presentations',
  // Held-out check: explaining results to people and making presentations are duties of communication (ruling 15).
  'Educate executives and leadership on model outputs to improve their understanding of data science and apply the results to business decisions',
  'In this role, you will collaborate across the organization, using your experience in data science and business intelligence to analyze existing data to build dashboards, reports, and presentations and enable data-driven decision making across the organization.',
  'Write reports and presentations on LiDAR system performance for either internal or external dissemination',
  'Ability to write high-quality presentations and white papers',
  'Collect and evaluate data; prepare reports, summaries and presentations; maintain and update laboratory notebook',
  // Holdout 3 (glassdoor-2020): presenting at conferences is a duty of presenting (ruling 15).
  'Serve as an ambassador for Novartis Data Science by presenting and publishing articles at conferences, business meetings and academic institutions',
  'Attending and presenting at conferences, seminars and forums',
  'Strong written, verbal and interpersonal communication skills',
  // Holdout 12.
  'Makes presentation to senior management on initiatives and strategies',
  // Holdout 10.
  'Ability to relay insights in laymans terms',
  // Holdout 4.
  'Partner with leadership, telling compelling stories with data through visualizations and slide decks',
  'The Marketing Analyst is responsible for identifying and analyzing data regarding our customers and prospective customers, making recommendations and providing insight to Citadel leadership in critical decision-making',
  // SkillSpan dev (MIT): the connector lost in scraping; "communicative" as a skill or trait asked.
  'Solid written verbal skills for expressing complex ideas and initiatives',
  'Excellent written oral and presentation skills',
  'Furthermore experience with teaching and supervision goodcollaborative and communicative skills are important for the role .',
  'Prestigeless and humble in your way of working together with a happy mood Communicative and helpful to colleagues',
  'Flexible communicative a real team player',
  // A language's communication is asked (holdout 10).
  'Excellent written and spoken English communication',
  // SkillSpan train, fourth sample: the plural and a list that lost its commas; presenting at management meetings.
  'Strong communications multitasking and problem solving skills .',
  'Excellent communications, leadership and organisational skills',
  'Communication teamwork and presentation skills are a must',
  'You will interact with senior stakeholders within the Global Finance organisation through participating in steering groups presenting at management teams Global Finance Leadership team meetings and numerous ad-hoc interactions .',
  'Presenting at leadership meetings on the progress of the programme',
  // Insight whose purpose verb takes the audience as its object (a second read of the purpose rule).
  'Responsibilities: Provide actionable insights to help business leaders make better decisions.',
  'Duties: Deliver insights to inform senior leadership.',
  'Duties: Provide insights to guide executives on pricing.',
  'Responsibilities: Deliver data-driven insights to empower our product teams.',
];

const NOT_ASKS: string[] = [
  // A perk, not a duty.
  "Why you'll love working here:\n- Budget to attend and present at industry conferences",
  // An item of a company values list (holdout 4).
  'Direct– We communicate with clarity, honesty and respect in all situations and embrace opportunities to provide solution-oriented feedback.',
  'Drives the execution of multiple business plans and projects by identifying customer and operational needs; developing and communicating business plans and priorities.',
  'We communicate openly and value transparency across every team.',
  'Translate business needs into data requirements.',
  'Interact with the user community to gather requirements.',
  'Creates automated microtargeted customer communications for dealers.',
  'Strong problem solving and math skills',
  'Collaborate with engineers to ship features.',
  // The company's ways, not the candidate's skills (SkillSpan train, tech-70).
  'Benefitting from <ORGANIZATION> flexibility and collaborative work style you will be encouraged with a strong culture of open communication and support .',
  'You will join a team with a great environment of honest communication across teams.',
  // Teaching a tool is not explaining results; insights the company provides its clients are not the candidate's.
  'Educate employees on how to use data as an analytical tool.',
  'We offer a communicative culture with flat hierarchies.',
  // "communicative" as a language level, a field, the company or its negation.
  'Requirements: Communicative English (B2) and basic Polish.',
  'German at least at a communicative level',
  'Join our friendly and communicative team in Berlin!',
  'You will work in a communicative, collaborative environment.',
  "Master's degree in Communicative Disorders",
  'Help with non communicative tasks such as filing.',
  // A language asked, not communication (SkillSpan, MIT; labelled so by three blind labellers).
  'Good written and spoken English',
  '- Let’s not forget about language skills - Excellent English both written and spoken Any additional languages are a plus',
  'Your profile: Agile Mindset Curious passionate and willing to learn and share Written and spoken English ( German and/or French appreciated )',
  'This position will work closely with the Scientific Affairs, Proposals and Business Development to ensure ACM Global Laboratories can provide high quality clinical insights to our clients, impacting patients around the world.',
  // SkillSpan train, fourth sample: the language with "skills" between; insight for a purpose, not for an audience;
  // the communications trade.
  'You have programming experience ( preferably Python ) with focus on controlling lab-equipment and performing data analysis Good English skills written and spoken Desirable experience and skills',
  'The engineering teams focus on creating differential customer experiences either through our digital platform’s micro-services innovative machine learning solutions or creating insight to power business decisions',
  'When developing services you have the level of technological insight to take business requirements and needs information security scalability availability and cost-efficiency into account .',
  'Experience with a strong communications infrastructure provider is a plus',
  // Transport links, the company's own team, the technical sense, and "present" as being there.
  'Location: Milton Keynes, which has excellent communications to London and Birmingham.',
  'The site has good communications by road and rail.',
  'You will join a great communications and marketing team.',
  'Requirements: Knowledge of serial communication protocols and debugging skills.',
  'Requirements: Knowledge of wireless communication systems and signal processing skills.',
  'Duties: You must be present at team meetings and client meetings.',
];

describe('communication', () => {
  test.each(ASKS)('ask: %s', (text) => {
    expect(comm(text)).toBe(true);
  });
  test.each(NOT_ASKS)('not an ask: %s', (text) => {
    expect(comm(text)).toBe(false);
  });

  test('the about section does not ask the candidate', () => {
    const text = 'About Us\nOur team communicates findings to the whole company every week.\n\nRequirements\n• 3+ years of SQL';
    expect(comm(text)).toBe(false);
  });

  test('a hit carries its kind and evidence', () => {
    const text = 'Qualifications:\n• Strong written and verbal communication skills';
    const r = extractRequirements(text);
    expect(r.communication).toHaveLength(1);
    expect(r.communication[0]!.section).toBe('requirements');
    expect(r.communication[0]!.evidence.text).toMatch(/communication/);
  });
});

// Ruling 15 names briefing results; sentences from glassdoor-2020 postings.
describe('communication: briefing', () => {
  test.each([
    'Strong technical writing and briefing skills',
    'Demonstrated strong writing and briefing skills consistent with national-level performance',
    'Prepare and present briefings and update internal report tracking metrics for analysis',
    'Conduct performance assessments of the system under test, and prepare briefings and reports summarizing analysis and assessments',
  ])('ask: %s', (text) => {
    expect(comm(text)).toBe(true);
  });
  test.each([
    'The Role in Brief:',
    'Ability to work independently following a brief period of specific technical training',
    'Author regulatory documents (e.g., pre-IND briefing documents, INDs, IBs)',
  ])('not an ask: %s', (text) => {
    expect(comm(text)).toBe(false);
  });
});
