import { FOREIGN_CITIES_BY_CODE } from './foreign-cities.js';
import { REMOTE_WORDS, US_COUNTRY_NAMES, US_STATE_BY_NAME, usStateName } from './us-states.js';

/**
 * What a location string says, for the by-state and by-city tables:
 * - `city`: "San Francisco, CA", "New York, NY 10001", "Austin, Texas" (state and city known)
 * - `state`: "Virginia", "CA" (state only)
 * - `country`: "United States", "USA"
 * - `remote`: "Remote", "Remote, US", "Remote (California)" (a state, when named, is kept)
 * - `other`: anything else (another country, free text)
 *
 * A work-mode prefix or suffix ("Hybrid - Seattle, WA", "On-site: Austin, TX", "Boston, MA (Hybrid)") is dropped.
 * A two-letter code that is also a country's ("IN", "CA", "DE") is read as a state ("Indianapolis, IN"), unless a
 * large city of that country stands before it ("Bangalore, IN", "Toronto, CA": foreign-cities.ts) or a known region of
 * that country does ("Bangalore, Karnataka, IN", "Toronto, ON, CA": the "city, region, country" pattern). Streets,
 * neighbourhoods and counties before a US state keep it ("1 Market St, San Francisco, CA 94105", "SoMa, San Francisco,
 * CA").
 */
export interface ParsedLocation {
  kind: 'city' | 'state' | 'country' | 'remote' | 'other';
  /** Postal code of the US state, when one is named. */
  state: string | null;
  /** The city as written (trimmed), only with a state. */
  city: string | null;
}

const ZIP = /\s\d{5}(?:-\d{4})?$/;

function stateCode(part: string): string | null {
  const p = part.replace(ZIP, '').trim();
  if (/^[A-Z]{2}$/.test(p) && usStateName(p) !== null) return p;
  return US_STATE_BY_NAME.get(p.toLowerCase()) ?? null;
}

// Regions of other countries written before a country code that is also a US state's ("Karnataka, IN", "ON, CA",
// "Bavaria, DE"): the provinces of Canada, the largest states of India, the states of Germany, the nations of the UK.
const FOREIGN_REGIONS: ReadonlySet<string> = new Set([
  'on', 'ontario', 'qc', 'quebec', 'québec', 'bc', 'british columbia', 'ab', 'alberta', 'mb', 'manitoba', 'sk',
  'saskatchewan', 'ns', 'nova scotia', 'nb', 'new brunswick', 'nl', 'newfoundland and labrador', 'pe',
  'prince edward island',
  'karnataka', 'maharashtra', 'telangana', 'tamil nadu', 'andhra pradesh', 'kerala', 'gujarat', 'haryana',
  'uttar pradesh', 'west bengal', 'rajasthan', 'punjab', 'delhi', 'ncr',
  'bavaria', 'bayern', 'berlin', 'hamburg', 'hesse', 'hessen', 'saxony', 'sachsen', 'baden-württemberg',
  'baden-wurttemberg', 'north rhine-westphalia', 'nordrhein-westfalen', 'lower saxony', 'niedersachsen',
  'england', 'scotland', 'wales', 'northern ireland',
]);

// "Hybrid - ", "On-site: ", "Onsite in ", "In office | ", "Hybrid remote in " (Indeed) before the place, or
// " (Hybrid)", " - On-site" after it: how the job is worked, not where.
const MODE = String.raw`(?:hybrid(?: remote)?|on-?site|in[- ]office|in[- ]person)`;
const MODE_PREFIX = new RegExp(String.raw`^${MODE}(?: ?[-–—:|] ?| in |,? (?=\S))`, 'i');
const MODE_SUFFIX = new RegExp(String.raw`(?: ?[-–—|] ?${MODE}| ?[([]${MODE}[)\]])$`, 'i');

/** Each two-letter code (written in capitals) to the set of foreign cities that make it a country's. */
const FOREIGN_CITIES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(FOREIGN_CITIES_BY_CODE).map(([code, cities]) => [code, new Set(cities)]),
);

/** "Bangalore, IN": a city of the country whose code is written last, not a town of the US state of that code. */
function isForeignCity(city: string, lastPart: string): boolean {
  const code = lastPart.replace(ZIP, '').trim();
  return FOREIGN_CITIES.get(code)?.has(city.trim().normalize('NFC').toLowerCase()) === true;
}

function isCountry(part: string): boolean {
  return US_COUNTRY_NAMES.has(part.trim().toLowerCase());
}

/** Parses a free-text location; null when none is given. */
export function parseLocation(location: string | null | undefined): ParsedLocation | null {
  if (location === null || location === undefined) return null;
  const spaced = location.replace(/\s+/g, ' ').trim();
  if (spaced === '') return null;
  const text = spaced.replace(MODE_PREFIX, '').replace(MODE_SUFFIX, '').trim() || spaced;
  const lower = text.toLowerCase();
  const words = lower.split(/[^a-z]+/).filter(Boolean);
  if (words.some((w) => REMOTE_WORDS.has(w)) || lower.includes('work from home')) {
    const pieces = text.split(/[,()/-]/).map((p) => p.trim());
    // "Remote - Bangalore, IN": a code after a foreign city of its country names no state.
    const at = pieces.findIndex((p, i) => stateCode(p) !== null && !(i > 0 && isForeignCity(pieces[i - 1]!, p)));
    return { kind: 'remote', state: at >= 0 ? stateCode(pieces[at]!) : null, city: null };
  }
  // Drop a trailing country ("Austin, TX, United States").
  const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
  let namesUs = false;
  while (parts.length > 1 && isCountry(parts[parts.length - 1]!)) {
    parts.pop();
    namesUs = true;
  }
  if (parts.length === 1) {
    const only = parts[0]!;
    if (isCountry(only)) return { kind: 'country', state: null, city: null };
    const code = stateCode(only);
    return code ? { kind: 'state', state: code, city: null } : { kind: 'other', state: null, city: null };
  }
  const code = stateCode(parts[parts.length - 1]!);
  if (!code) return { kind: 'other', state: null, city: null };
  if (parts.length > 2 && FOREIGN_REGIONS.has(parts[parts.length - 2]!.trim().toLowerCase())) {
    return { kind: 'other', state: null, city: null };
  }
  // (Unless the place names the US after the code: "Toronto, CA, USA" is as written.)
  if (!namesUs && isForeignCity(parts[parts.length - 2]!, parts[parts.length - 1]!)) return { kind: 'other', state: null, city: null };
  const city = parts.slice(0, -1).join(', ');
  return { kind: 'city', state: code, city };
}
