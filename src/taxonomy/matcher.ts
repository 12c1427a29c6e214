// PLACEHOLDER: replaced by the skills work (issue 4). Keeps the pipeline compiling until then.
import type { SkillEntryParsed } from '../schema.js';

export interface CompiledTaxonomy {
  readonly entries: readonly SkillEntryParsed[];
}

export function compileTaxonomy(entries: readonly SkillEntryParsed[]): CompiledTaxonomy {
  return { entries };
}
