import {
  COMMUNICATION_PATTERNS,
  COMMUNICATION_PREFILTER,
  COMPANY_VOICE,
  NON_FINDING_OBJECTS,
  OTHER_PARTY_SUBJECT,
} from '../lexicon/communication.js';
import type { CommunicationFinding, SegmentedDoc } from './types.js';

/** Sections that describe the employer or the offer, not the candidate. */
const NOT_ASKS = new Set(['about', 'benefits', 'equal-opportunity']);

/**
 * Communication asked of the candidate, with evidence: communication / presentation skills, written and verbal
 * communication, and duties of communicating or presenting findings to other people (LABELLING ruling 15).
 * Company self-descriptions ("we communicate openly") and the about / benefits / equal-opportunity sections do not
 * count, nor a duty whose clause has another subject ("to ensure <Company> can provide insights to clients"). One
 * finding per unit, the first pattern that matches.
 */
export function extractCommunication(doc: SegmentedDoc): CommunicationFinding[] {
  const out: CommunicationFinding[] = [];
  for (const unit of doc.units) {
    if (unit.kind === 'heading' || NOT_ASKS.has(unit.section)) continue;
    const body = doc.text.slice(unit.start, unit.end);
    if (!COMMUNICATION_PREFILTER.test(body)) continue;
    if (COMPANY_VOICE.test(body) && !/\byou(?:r|'ll|’ll)?\b/i.test(body)) continue;
    for (const { kind, re } of COMMUNICATION_PATTERNS) {
      const m = re.exec(body);
      if (!m) continue;
      if (kind === 'communicate' && NON_FINDING_OBJECTS.test(body)) continue;
      if (OTHER_PARTY_SUBJECT.test(body.slice(Math.max(0, m.index - 80), m.index))) continue;
      out.push({ start: unit.start + m.index, end: unit.start + m.index + m[0].length, kind });
      break;
    }
  }
  return out;
}
