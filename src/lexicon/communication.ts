/**
 * Phrases by which a posting asks the candidate for communication (LABELLING "communication" and ruling 15):
 * communication / presentation skills, written and verbal communication, and duties of communicating,
 * presenting or explaining results, findings or insights to other people. Each pattern is bounded and runs on one
 * unit (sentence or bullet) that the prefilter let through.
 */
export interface CommunicationPattern {
  kind: string;
  re: RegExp;
  /** Words (any case, anywhere, even inside a longer word) of which every match holds one: a unit without any is skipped. */
  needs: readonly string[];
  /**
   * Words (any case, among the triggers and needs of all patterns) with one of which every match opens: the pattern is
   * then run from the first token of the unit that holds one, and not at all in a unit without one.
   */
  opens?: readonly string[];
}

/** A unit may hold an ask only if it holds one of these (any case, even inside a longer word: "miscommunication"). */
export const COMMUNICATION_TRIGGERS: readonly string[] = [
  'communicat', 'present', 'explain', 'story', 'stories', 'convey', 'articulat', 'speak', 'written', 'verbal', 'oral',
  'translat', 'insight', 'finding', 'audience', 'educat', 'brief', 'relay',
];

const TELLING = ['communicat', 'present', 'explain', 'convey', 'articulat', 'relay'];

const OBJECTS =
  '(?:findings|results|insights?|recommendations|conclusions|analys[ie]s|analytics|trends|information|data|models?|outcomes|ideas|solutions|concepts|metrics|reports?|patterns|the\\s(?:value|impact|story))';
const AUDIENCES =
  '(?:non-?\\s?technical|business|executives?|stakeholders|leadership|leaders|management|managers|senior|audiences?|clients?|customers?|partners|decision[-\\s]makers|teams?|colleagues|sponsors|peers|others|c-suite|board)';

/** Verbs of what insight is for, after "insight to" ("insight to drive business value"): no audience follows. */
const INSIGHT_PURPOSES =
  'power|take|drive|make|inform|support|help|enable|improve|solve|answer|guide|shape|create|build|deliver|identify|understand|meet|address|turn|fuel|influence|optimi[sz]e|grow|increase|reduce|develop|achieve|unlock|transform|maximi[sz]e|accelerate|empower|generate|advance|steer|impact|benefit';

/** Nouns after an audience word that make it no audience: "business decisions", "business requirements". */
const NOT_AN_AUDIENCE_AFTER =
  'decisions?|requirements|needs|value|outcomes|problems|questions|goals|objectives|processes|growth|strateg(?:y|ies)|impact|results|performance|units?|success|priorities';

/** Languages a posting may ask for by name (a language ask is no communication ask). */
const LANGUAGES =
  'English|German|French|Spanish|Danish|Dutch|Swedish|Norwegian|Finnish|Icelandic|Italian|Portuguese|Polish|Czech|Greek|Turkish|Russian|Ukrainian|Chinese|Mandarin|Cantonese|Japanese|Korean|Arabic|Hebrew|Hindi';

export const COMMUNICATION_PATTERNS: readonly CommunicationPattern[] = [
  { kind: 'communication skills', re: /communications?[\s,-]{1,3}(?:and\s|&\s|[a-z]{1,20},\s){0,3}(?:[a-z-]{1,20}\s)?(?:skills?|abilities|ability|capabilities|style)/i, needs: ['communicat'], opens: ['communicat'] },
  { kind: 'communication skills', re: /(?:excellent|exceptional|strong|outstanding|effective|good|great|superior|solid|clear|superb|proven|demonstrated|advanced)\s(?:(?!(?:culture|environment|emphasis|focus|commitment|values?)\b)[a-z]{1,15}[\s,]{1,2}(?:and\s)?){0,3}communication\b/i, needs: ['communicat'] },
  // The plural, as scraped lists write it ("Strong communications multitasking and problem solving skills"), as a skill
  // (a list of skills or the end of the phrase follows): not the trade ("strong communications infrastructure"), the
  // company's team ("a great communications and marketing team") or transport ("good communications by road").
  { kind: 'communication skills', re: /(?:excellent|exceptional|strong|outstanding|effective|good|great|superior|solid|superb|proven|demonstrated)\scommunications(?=\s?(?:[,.;:)]|$)|\s(?:skills?|abilities|and\s(?:[a-z-]{1,20}\s){0,3}skills?|(?:[a-z-]{1,20}\s){1,3}(?:and|&)\s(?:[a-z-]{1,20}\s){0,2}skills?)\b)/i, needs: ['communicat'] },
  // A list that lost its commas: "communication multitasking and problem solving skills"; not the technical sense
  // ("serial communication protocols and debugging skills").
  { kind: 'communication skills', re: /\bcommunications?\s(?!(?:protocols?|networks?|networking|systems?|technolog(?:y|ies)|interfaces?|channels?|standards?|bus(?:es)?|stacks?|devices?|equipment|engineering|theory|lines?|links?|infrastructure|hardware|software|security|signals?|modules?)\b)(?:[a-z-]{3,20}\s){1,2}(?:and|&)\s(?:[a-z-]{1,20}\s){0,2}(?:skills?|abilities)\b/i, needs: ['communicat'], opens: ['communicat'] },
  { kind: 'communication skills', re: /\bcommunicators?\b/i, needs: ['communicat'], opens: ['communicat'] },
  // Not a language asked ("Good written and spoken English", "Excellent English both written and spoken"),
  // unless its communication is ("written and spoken English communication skills").
  {
    kind: 'written and verbal communication',
    re: new RegExp(`\\b(?:written|verbal|oral)(?<!\\b(?:${LANGUAGES})\\s{1,2}(?:(?:skills|language|proficiency)[\\s,:]{1,3})?(?:both\\s{1,2})?(?:written|verbal|oral))\\s?(?:and|[&/,]|or)\\s?(?:written|verbal|oral|spoken)\\b(?!\\s{1,2}(?:${LANGUAGES})\\b(?!\\s{1,2}communication))`, 'i'),
    needs: ['written', 'verbal', 'oral'],
    opens: ['written', 'verbal', 'oral'],
  },
  { kind: 'written and verbal communication', re: /\b(?:written|verbal|oral)\scommunication/i, needs: ['communicat'], opens: ['written', 'verbal', 'oral'] },
  // The connector lost in scraping: "Solid written verbal skills", "Excellent written oral and presentation skills".
  { kind: 'written and verbal communication', re: /\b(?:written|verbal|oral)\s(?:written|verbal|oral|spoken)\s(?:(?:and|&)\s[a-z]{1,15}\s)?(?:skills?|abilities|communication)\b/i, needs: ['written', 'verbal', 'oral'], opens: ['written', 'verbal', 'oral'] },
  // "collaborative and communicative skills", "Communicative and helpful to colleagues"; not "non-communicative", a
  // language level ("Communicative English (B2)", "German at a communicative level"), a field ("Communicative
  // Disorders", "the communicative approach") or the company ("our communicative team", "a communicative, open culture").
  {
    kind: 'communication skills',
    re: new RegExp(
      `\\bcommunicative\\b(?<!non[- ]?communicative)(?!\\s{1,2}(?:${LANGUAGES}|level|levels|approach|disorders?|sciences?|language|languages|competence in)\\b)` +
        `(?![\\s,]{1,3}(?:(?!an?\\b)[a-z]{1,15}[\\s,]{1,3}){0,2}(?:team|teams|environment|culture|atmosphere|workplace|company|organi[sz]ation|colleagues)\\b(?!\\s(?:player|spirit)))`,
      'i',
    ),
    needs: ['communicat'],
    opens: ['communicat'],
  },
  { kind: 'communication skills', re: /\bcommunication\s?\((?:both\s)?(?:written|verbal|oral)/i, needs: ['communicat'], opens: ['communicat'] },
  { kind: 'presentation skills', re: /\bpresentation(?:al)?\s(?:and\s[a-z]{1,20}\s)?(?:skills?|abilities)|\bpublic\sspeaking|\bspeaking\sskills|\bpresenting\sskills/i, needs: ['present', 'speak'] },
  { kind: 'storytelling', re: /\bstory-?\s?telling|\btell(?:s|ing)?\s(?:a\s|the\s)?(?:compelling\s)?stor(?:y|ies)\b/i, needs: ['story', 'stories'] },
  { kind: 'ability to communicate', re: /\b(?:ability|able|capable|capacity)\sto\s(?:[a-z]{1,15}\s){0,2}(?:communicate|present|explain|convey|articulate)\b/i, needs: TELLING },
  {
    kind: 'communicate findings',
    re: new RegExp(`\\b(?:communicat(?:e|es|ing|ed)|present(?:s|ing|ed)?|explain(?:s|ing|ed)?|convey(?:s|ing)?|articulat(?:e|es|ing)|relay(?:s|ing)?|shar(?:e|es|ing))\\s(?:[\\w'’-]{1,20}[\\s,]{1,2}){0,6}?${OBJECTS}\\b`, 'i'),
    needs: [...TELLING, 'shar'],
    opens: [...TELLING, 'shar'],
  },
  { kind: 'communicate findings', re: /\btranslat(?:e|es|ing)\s(?:[\w'’-]{1,20}[\s,]{1,2}){0,6}?(?:insights?|findings|recommendations|results|summaries|stories)\b/i, needs: ['translat'], opens: ['translat'] },
  {
    kind: 'communicate to others',
    re: new RegExp(`\\b(?:communicat(?:e|es|ing|ed)|present(?:s|ing|ed)?|explain(?:s|ing|ed)?|convey(?:s|ing)?|articulat(?:e|es|ing))\\s(?:[\\w'’/-]{1,20}[\\s,]{1,2}){0,8}?(?:to|with|for)\\s(?:both\\s|all\\s|the\\s|our\\s|key\\s|senior\\s|internal\\s|external\\s|various\\s|relevant\\s|[a-z]{1,15}\\sand\\s){0,3}${AUDIENCES}`, 'i'),
    needs: TELLING,
    opens: TELLING,
  },
  { kind: 'communicate', re: /\bcommunicat(?:e|es|ing)\b/i, needs: ['communicat'], opens: ['communicat'] },
  // "build dashboards, reports, and presentations", "write high-quality presentations and white papers".
  { kind: 'presentations', re: /\bpresentations\s(?:to|for)\b|\b(?:prepare|preparing|deliver|delivering|create|creating|give|giving|develop|developing|build|building|write|writing|produce|producing)\s(?:[a-z-]{1,15},?\s){0,3}presentations\b|\bfor\spresentations\b|\b(?:make|makes|making|give|gives|giving|deliver|delivers|delivering)\s(?:an?\s|the\s)?presentations?\s(?:to|for)\b/i, needs: ['present'] },
  // Teaching people to use a tool is not briefing them on results: "educate" needs a result-like object.
  { kind: 'communicate findings', re: /\beducat(?:e|es|ing)\s(?:[a-z]{1,15}\s){1,4}(?:on|about)\s(?:[a-z]{1,15}\s){0,2}(?:results|findings|insights?|outputs|analys[ie]s|recommendations|conclusions|trends|metrics)\b/i, needs: ['educat'], opens: ['educat'] },
  // Ruling 15 names briefing: "technical writing and briefing skills", "prepare and present briefings".
  { kind: 'briefing', re: /\bbriefing\s(?:and\s[a-z]{1,20}\s)?skills?\b|\b(?:prepare|prepares|preparing|deliver|delivers|delivering|give|gives|giving|present|presents|presenting|conduct|conducts|conducting)\s(?:and\s[a-z]{1,15}\s)?(?:[a-z]{1,15}\s){0,2}briefings\b/i, needs: ['brief'] },
  // "Attending and presenting at conferences", "presenting and publishing articles at conferences".
  { kind: 'presenting at events', re: /\b(?:present(?:s|ing)?\s(?:(?:and|or)\s[a-z]{1,15}\s)?(?:[\w'’-]{1,20}\s){0,3}?|speak(?:s|ing)?\s)at\s(?:[\w'’-]{1,20}[\s,]{1,2}){0,2}?(?:conferences?|seminars?|symposi(?:a|ums?)|workshops|meetups?|forums?|summits?)\b|(?<!\b(?:be|being|is|are|been)\s)\bpresent(?:s|ing)?\sat\s(?:the\s|our\s)?(?:senior\s|executive\s)?(?:management|leadership|board|team|staff|client|customer|stakeholder)s?\s(?:teams?\s|level\s)?(?:meetings?|reviews?|teams)\b/i, needs: ['present', 'speak'], opens: ['present', 'speak'] },
  // What the insight is for, unless an audience is its object ("insights to help business leaders"): not "creating
  // insight to power business decisions", "insight to take business requirements".
  { kind: 'present insights', re: new RegExp(`\\b(?:insights?|findings|results|recommendations)\\s(?:[a-z]{1,15}\\s){0,5}to\\s(?:(?:${INSIGHT_PURPOSES})\\s(?:(?:the|our|your|key|senior|internal|external|business|product|executive)\\s){0,2}${AUDIENCES}\\b(?!\\s(?:${NOT_AN_AUDIENCE_AFTER})\\b)|(?!(?:${INSIGHT_PURPOSES})\\b)(?:[a-z][\\w&]{0,20}\\s){0,3}?${AUDIENCES})`, 'i'), needs: ['insight', 'finding', 'results', 'recommendations'], opens: ['insight', 'finding', 'results', 'recommendations'] },
];

/** A perk, not a duty: "Budget to attend and present at industry conferences", "opportunities to speak at events". */
export const PERK_RE = /\b(?:budget|opportunit(?:y|ies)|chance|encouraged|sponsor(?:ed|ship)?|paid|support(?:ed)? to)\b/i;

/** What a bare "communicate" must not be about: plans and policies are not results shared with people. */
export const NON_FINDING_OBJECTS = /\bcommunicat(?:e|es|ing)\s(?:[a-z]{1,15}\s){0,2}(?:business\s)?(?:plans?|priorities|policies|procedures|expectations|goals|vision|values|mission|standards|openly|often|honestly)\b/i;

/**
 * A description of the company or its product, not an ask of the candidate ("we communicate openly"), also as an item of
 * a values list ("Direct– We communicate with clarity").
 */
export const COMPANY_VOICE = /^(?:at\s[A-Z][\w&.-]{0,30}[\s,]{1,2}|[A-Z][\w-]{0,20}\s{0,2}[–—:-]\s{0,2})?(?:we|we're|we’re|our|us)\b/i;

/**
 * The clause of a duty has another party as its subject: "to ensure ACM Global Laboratories can provide ... insights
 * to our clients", "..., and we deliver results to clients". Tested on at most the 80 characters before the match.
 */
export const OTHER_PARTY_SUBJECT = /(?:\bwe|\b(?:ensure|ensures|ensuring|so|that|enable|enables|help|helps)\s(?:that\s)?(?:the\s)?(?:[A-Z][\w&.-]{0,30}\s){1,4})(?:can|will|could|would|to)\s(?:[a-z]{1,15}\s){0,4}$/;
