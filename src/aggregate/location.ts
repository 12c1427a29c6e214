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
 * A two-letter code that is also a country's ("IN", "CA", "DE") is read as a state after a city ("Indianapolis, IN";
 * "Bangalore, IN" too: undecidable without a list of cities), but not after a region that is no US state
 * ("Bangalore, Karnataka, IN", "Toronto, ON, CA"): that is the "city, region, country" pattern. A US county or
 * parish before it keeps the state ("Springfield, Sangamon County, IL").
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

// US state codes that are also ISO 3166 country codes (PR is both, and American).
const COUNTRY_CODES: ReadonlySet<string> = new Set([
  'AL', 'AR', 'AZ', 'CA', 'CO', 'DE', 'GA', 'ID', 'IL', 'IN', 'KY', 'LA', 'MA', 'MD', 'ME', 'MN', 'MO', 'MS', 'MT', 'NC',
  'NE', 'PA', 'SC', 'SD', 'TN', 'VA',
]);

// "Hybrid - ", "On-site: ", "Onsite in ", "In office | ", "Hybrid remote in " (Indeed) before the place, or
// " (Hybrid)", " - On-site" after it: how the job is worked, not where.
const MODE = String.raw`(?:hybrid(?: remote)?|on-?site|in[- ]office|in[- ]person)`;
const MODE_PREFIX = new RegExp(String.raw`^${MODE}(?: ?[-–—:|] ?| in |,? (?=\S))`, 'i');
const MODE_SUFFIX = new RegExp(String.raw`(?: ?[-–—|] ?${MODE}| ?[([]${MODE}[)\]])$`, 'i');

/** "Sangamon County", "Orleans Parish": the region of a US address, not of another country's. */
const US_COUNTY = /\b(?:county|parish|borough)\s*$/i;

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
    const named = text.split(/[,()/-]/).map((p) => stateCode(p.trim())).find((c) => c !== null) ?? null;
    return { kind: 'remote', state: named, city: null };
  }
  // Drop a trailing country ("Austin, TX, United States").
  const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
  while (parts.length > 1 && isCountry(parts[parts.length - 1]!)) parts.pop();
  if (parts.length === 1) {
    const only = parts[0]!;
    if (isCountry(only)) return { kind: 'country', state: null, city: null };
    const code = stateCode(only);
    return code ? { kind: 'state', state: code, city: null } : { kind: 'other', state: null, city: null };
  }
  const code = stateCode(parts[parts.length - 1]!);
  if (!code) return { kind: 'other', state: null, city: null };
  if (parts.length > 2 && COUNTRY_CODES.has(code) && stateCode(parts[parts.length - 2]!) === null && !US_COUNTY.test(parts[parts.length - 2]!)) {
    return { kind: 'other', state: null, city: null };
  }
  const city = parts.slice(0, -1).join(', ');
  return { kind: 'city', state: code, city };
}
