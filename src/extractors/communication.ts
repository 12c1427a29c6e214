// PLACEHOLDER: replaced by the skills work (issue 4).
import type { CommunicationFinding, SegmentedDoc } from './types.js';

export function extractCommunication(_doc: SegmentedDoc): CommunicationFinding[] {
  return [];
}
