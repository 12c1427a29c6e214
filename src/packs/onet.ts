import type { SkillEntry } from '../schema.js';
import ONET_TECHNOLOGY from './data/onet-technology.js';

/**
 * An opt-in pack of about 5,300 O*NET 29.2 technology names (vendor products, mostly safe multi-word names), for
 * `createExtractor({ taxonomy: ONET_TECHNOLOGY_PACK })` (extend mode: the default taxonomy plus these). Generated
 * by scripts/build-taxonomy.mjs: it repeats no id or form of the default taxonomy, and a one-word name that is an
 * English word is never `safe`. createExtractor validates the entries when it compiles the taxonomy, as for any
 * custom taxonomy, and the matcher's cost per token does not grow with the number of aliases.
 * Source and licence: NOTICE (O*NET 29.2, CC BY 4.0, modified).
 */
export const ONET_TECHNOLOGY_PACK: SkillEntry[] = ONET_TECHNOLOGY;
