import { REMOTE_WORDS, US_COUNTRY_NAMES, US_STATE_BY_NAME, US_STATES } from './us-states.js';

/**
 * What a location string says, for the by-state and by-city tables:
 * - `city`: "San Francisco, CA", "New York, NY 10001", "Austin, Texas" (state and city known)
 * - `state`: "Virginia", "CA" (state only)
 * - `country`: "United States", "USA"
 * - `remote`: "Remote", "Remote, US", "Remote (California)" (a state, when named, is kept)
 * - `other`: anything else (another country, free text)
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
  if (/^[A-Z]{2}$/.test(p) && US_STATES[p] !== undefined) return p;
  return US_STATE_BY_NAME.get(p.toLowerCase()) ?? null;
}

function isCountry(part: string): boolean {
  return US_COUNTRY_NAMES.has(part.trim().toLowerCase());
}

/** Parses a free-text location; null when none is given. */
export function parseLocation(location: string | null | undefined): ParsedLocation | null {
  if (location === null || location === undefined) return null;
  const text = location.replace(/\s+/g, ' ').trim();
  if (text === '') return null;
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
  const city = parts.slice(0, -1).join(', ');
  return { kind: 'city', state: code, city };
}
