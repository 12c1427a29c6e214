// PLACEHOLDER: replaced by the skills work (issue 4).
import type { ExtractContext, SegmentedDoc, SkillFinding } from './types.js';

export function extractSkills(_doc: SegmentedDoc, _ctx: ExtractContext): SkillFinding[] {
  return [];
}
