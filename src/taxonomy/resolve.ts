// PLACEHOLDER: replaced by the skills work (issue 4): validates custom taxonomies and merges them with the default.
import type { SkillEntryParsed } from '../schema.js';
import { defaultSkills } from './default.js';

export function resolveTaxonomy(_option: unknown): readonly SkillEntryParsed[] {
  return defaultSkills();
}
