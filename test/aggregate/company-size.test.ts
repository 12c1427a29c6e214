import { describe, expect, it } from 'vitest';
import { parseCompanySize } from '../../src/aggregate/company-size.js';

describe('parseCompanySize', () => {
  it.each([
    ['1 to 50 employees', '1-50'],
    ['51 to 200 employees', '51-200'],
    ['201 to 500 employees', '201-500'],
    ['501 to 1000 employees', '501-1000'],
    ['1001 to 5000 employees', '1001-5000'],
    ['5001 to 10000 employees', '5001-10000'],
    ['10000+ employees', '10000+'],
    ['10,000+ employees', '10000+'],
    ['1,001-5,000', '1001-5000'],
    ['11-50 employees', '1-50'],
    ['2-10', '1-50'],
  ])('%s -> %s', (text, bucket) => {
    expect(parseCompanySize(text)).toBe(bucket);
  });

  it.each([
    [250, '201-500'],
    [10000, '5001-10000'],
    [10001, '10000+'],
    [1, '1-50'],
  ])('head count %d -> %s', (n, bucket) => {
    expect(parseCompanySize(n)).toBe(bucket);
  });

  // "Unknown" and "-1" are how Glassdoor scrapes write a missing size.
  it.each([['Unknown'], ['-1'], [''], ['Private'], ['0 employees']])('%s is not stated', (text) => {
    expect(parseCompanySize(text)).toBeNull();
  });
  it('null, undefined and non-positive numbers are not stated', () => {
    expect(parseCompanySize(null)).toBeNull();
    expect(parseCompanySize(undefined)).toBeNull();
    expect(parseCompanySize(0)).toBeNull();
    expect(parseCompanySize(Number.NaN)).toBeNull();
  });
});
