import type { DegreeLevel } from '../schema.js';

/** Display names of the degree levels, in the study's words. */
export const DEGREE_LABELS: Readonly<Record<DegreeLevel, string>> = {
  'high-school': 'High school',
  associate: 'Associate',
  bachelor: "Bachelor's",
  master: "Master's",
  doctorate: 'PhD / doctorate',
};

// Words whose usual spelling is not "first letter capital". A Map: ids come from user data, and a plain object
// would answer "constructor" or "__proto__" from Object.prototype.
const SPECIAL_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  ai: 'AI', it: 'IT', ml: 'ML', nlp: 'NLP', bi: 'BI', sql: 'SQL', aws: 'AWS', gcp: 'GCP', cpp: 'C++', csharp: 'C#',
}));

/** "computer-science" -> "Computer science": a readable label for an id that has no name of its own. */
export function labelFromId(id: string): string {
  const words = id.split('-').map((w) => SPECIAL_WORDS.get(w) ?? w);
  const first = words[0] ?? '';
  words[0] = first === first.toLowerCase() ? first.charAt(0).toUpperCase() + first.slice(1) : first;
  return words.join(' ');
}
