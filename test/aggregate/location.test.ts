import { describe, expect, it } from 'vitest';
import { parseLocation } from '../../src/aggregate/location.js';

// Location strings as Glassdoor, LinkedIn and Indeed exports write them.
const cases: [string, { kind: string; state: string | null; city: string | null }][] = [
  ['San Francisco, CA', { kind: 'city', state: 'CA', city: 'San Francisco' }],
  ['South San Francisco, CA', { kind: 'city', state: 'CA', city: 'South San Francisco' }],
  ['New York, NY 10001', { kind: 'city', state: 'NY', city: 'New York' }],
  ['Washington, DC', { kind: 'city', state: 'DC', city: 'Washington' }],
  ['Austin, Texas', { kind: 'city', state: 'TX', city: 'Austin' }],
  ['Seattle, WA, United States', { kind: 'city', state: 'WA', city: 'Seattle' }],
  ['  Cambridge,   MA ', { kind: 'city', state: 'MA', city: 'Cambridge' }],
  ['Virginia', { kind: 'state', state: 'VA', city: null }],
  ['New Jersey', { kind: 'state', state: 'NJ', city: null }],
  ['United States', { kind: 'country', state: null, city: null }],
  ['USA', { kind: 'country', state: null, city: null }],
  ['Remote', { kind: 'remote', state: null, city: null }],
  ['Remote, US', { kind: 'remote', state: null, city: null }],
  ['Remote (California)', { kind: 'remote', state: 'CA', city: null }],
  ['Work from home', { kind: 'remote', state: null, city: null }],
  // How the job is worked, before or after the place: dropped like "Fully Remote - ".
  ['Hybrid - Seattle, WA', { kind: 'city', state: 'WA', city: 'Seattle' }],
  ['Hybrid remote in Seattle, WA 98101', { kind: 'city', state: 'WA', city: 'Seattle' }],
  ['On-site - Austin, TX', { kind: 'city', state: 'TX', city: 'Austin' }],
  ['Onsite: Austin, TX', { kind: 'city', state: 'TX', city: 'Austin' }],
  ['In office | Boston, MA', { kind: 'city', state: 'MA', city: 'Boston' }],
  ['Seattle, WA (Hybrid)', { kind: 'city', state: 'WA', city: 'Seattle' }],
  ['Austin, TX - On-site', { kind: 'city', state: 'TX', city: 'Austin' }],
  ['Hybrid - Remote', { kind: 'remote', state: null, city: null }],
  ['Fully Remote - New York, NY', { kind: 'remote', state: 'NY', city: null }],
  // A code that is also a country's still reads as a state after a city that is not one of that country's large
  // cities (foreign-cities.ts), after a US state, and when the state is spelled out.
  ['Indianapolis, IN', { kind: 'city', state: 'IN', city: 'Indianapolis' }],
  ['Berlin, CT', { kind: 'city', state: 'CT', city: 'Berlin' }],
  ['Vancouver, WA', { kind: 'city', state: 'WA', city: 'Vancouver' }],
  ['London, KY', { kind: 'city', state: 'KY', city: 'London' }],
  ['Toronto, OH', { kind: 'city', state: 'OH', city: 'Toronto' }],
  ['Bangalore, Indiana', { kind: 'city', state: 'IN', city: 'Bangalore' }],
  ['Los Angeles, CA', { kind: 'city', state: 'CA', city: 'Los Angeles' }],
  ['Wilmington, DE 19801', { kind: 'city', state: 'DE', city: 'Wilmington' }],
  ['Chicago, IL', { kind: 'city', state: 'IL', city: 'Chicago' }],
  // The US named after the code: as written.
  ['Toronto, CA, USA', { kind: 'city', state: 'CA', city: 'Toronto' }],
  // Remote from a foreign city names no state; a US state after a foreign city's code still counts.
  ['Remote - Bangalore, IN', { kind: 'remote', state: null, city: null }],
  ['Bangalore, IN (Remote)', { kind: 'remote', state: null, city: null }],
  ['Toronto, CA - Remote', { kind: 'remote', state: null, city: null }],
  ['Remote - Indianapolis, IN', { kind: 'remote', state: 'IN', city: null }],
  ['New York, New York, NY', { kind: 'city', state: 'NY', city: 'New York, New York' }],
  ['Seattle, King County, WA', { kind: 'city', state: 'WA', city: 'Seattle, King County' }],
  ['Springfield, Sangamon County, IL', { kind: 'city', state: 'IL', city: 'Springfield, Sangamon County' }],
  ['New Orleans, Orleans Parish, LA', { kind: 'city', state: 'LA', city: 'New Orleans, Orleans Parish' }],
  ['Independence, MO', { kind: 'city', state: 'MO', city: 'Independence' }],
  // Streets, suites and neighbourhoods before a US state keep it (a second read found them read as abroad).
  ['1 Market St, San Francisco, CA 94105', { kind: 'city', state: 'CA', city: '1 Market St, San Francisco' }],
  ['100 Main St, Boston, MA', { kind: 'city', state: 'MA', city: '100 Main St, Boston' }],
  ['Suite 200, Philadelphia, PA 19103', { kind: 'city', state: 'PA', city: 'Suite 200, Philadelphia' }],
  ['SoMa, San Francisco, CA', { kind: 'city', state: 'CA', city: 'SoMa, San Francisco' }],
  ['Cambridge, Middlesex, MA', { kind: 'city', state: 'MA', city: 'Cambridge, Middlesex' }],
];

// Traps: strings that look like a place but name no US state.
const traps: [string, string][] = [
  ['London, United Kingdom', 'other'],
  ['Toronto, ON', 'other'],
  ['Cambridge', 'other'],
  ['Berlin, Germany', 'other'],
  // City, region, country: a known region of another country, so the last code is a country's.
  ['Bangalore, Karnataka, IN', 'other'],
  ['Toronto, ON, CA', 'other'],
  ['Munich, Bavaria, DE', 'other'],
  ['Bangalore, India', 'other'],
  // A large city of the country whose code is also a US state's: the code is the country's.
  ['Bangalore, IN', 'other'],
  ['Bengaluru, IN', 'other'],
  ['Hyderabad, IN', 'other'],
  ['Toronto, CA', 'other'],
  ['Montréal, CA', 'other'],
  ['Berlin, DE', 'other'],
  ['Munich, DE', 'other'],
  ['Tel Aviv, IL', 'other'],
  ['Hybrid - Pune, IN', 'other'],
  ['Quebec, CA', 'other'],
  ['Tel-Aviv, IL', 'other'],
  ['Munchen, DE', 'other'],
  // A decomposed accent (e + U+0301) reads as the composed one.
  ['Montre\u0301al, CA', 'other'],
  ['Hybrid - Berlin, Germany', 'other'],
  ['Hybrid', 'other'],
  ['Onsite', 'other'],
];

describe('parseLocation', () => {
  it.each(cases)('%s', (text, expected) => {
    expect(parseLocation(text)).toEqual(expected);
  });
  it.each(traps)('%s is not a US place', (text, kind) => {
    expect(parseLocation(text)).toEqual({ kind, state: null, city: null });
  });
  it('treats a missing or blank location as not stated', () => {
    expect(parseLocation(null)).toBeNull();
    expect(parseLocation(undefined)).toBeNull();
    expect(parseLocation('   ')).toBeNull();
  });
});
