// PLACEHOLDER: replaced by the skills work (issue 4).
import type { SkillEntryParsed } from '../schema.js';

export function defaultSkills(): readonly SkillEntryParsed[] {
  return [];
}
