/**
 * Sentences in which the employer describes itself ("We combine machine learning with...", "Our capabilities
 * include ... Big Data Management", "PDI provides services ... from Big Data to Data Science"). A general skill named
 * only there is the company's business, not the work or the candidate (LABELLING rule 6 and "not about the company").
 */

/** The sentence opens in the company's voice: "We ...", "Our ...", "At Acme, we ...", "Here at Zest AI, we're ...". */
export const WE_OPENING = /^(?:(?:here\s)?at\s[A-Z][\w&.-]{0,30}(?:\s[A-Z][\w&.-]{0,30}){0,3}[\s,]{1,2})?(?:we|we're|we’re|we've|we’ve|our|us)\b/i;

/** The sentence opens with a name and a verb that introduces a company ("TrueAccord is a", "PDI provides"). */
export const NAME_OPENING = /^((?:[A-Z][\w&.-]{0,30}\s){1,3})(?:is\s(?:a|an|the)|are\s(?:a|an|the)|provides|offers|serves|continues|specializes|specialises|delivers|helps|has\sbeen|was\sfounded|combines)\b/;

/** Words of a sentence about the job itself: the candidate, the hiring, the team the candidate joins, an ask. */
export const ABOUT_THE_JOB = /\b(?:you|your|you'll|you’ll|you're|you’re|candidates?|applicants?|looking|seeking|hiring|assembling|recruiting|join|joining|teams?|teammates|colleagues|scientists|engineers|analysts|need|needs|require|requires|required|must|should|preferred|plus|ideal|ideally|role|position)\b/i;

/** Opening words that start a sentence about the job, not a company name ("The Data Scientist is a ..."). */
export const NOT_A_NAME = new Set(['The', 'This', 'That', 'These', 'A', 'An', 'As', 'In', 'Each', 'Every', 'Our', 'Your', 'You', 'Candidate', 'Applicant']);
