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
];

// Traps: strings that look like a place but name no US state.
const traps: [string, string][] = [
  ['London, United Kingdom', 'other'],
  ['Toronto, ON', 'other'],
  ['Cambridge', 'other'],
  ['Berlin, Germany', 'other'],
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
