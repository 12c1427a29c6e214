import { describe, expect, test } from 'vitest';
import { createExtractor, JobsiftTaxonomyError } from '../../src/index.js';
import { expectEvidenceIndexesInput } from '../helpers/evidence.js';

const ids = (text: string, taxonomy?: unknown): string[] =>
  createExtractor(taxonomy === undefined ? {} : { taxonomy: taxonomy as never }).extract(text).skills.map((s) => s.id);

describe('custom taxonomies', () => {
  test('an array extends the default', () => {
    const text = 'Experience with Python and Weka is required.';
    expect(ids(text)).not.toContain('weka');
    const got = ids(text, [{ id: 'weka', name: 'Weka', category: 'ml-library' }]);
    expect(got).toEqual(expect.arrayContaining(['python', 'weka']));
  });

  test('replace mode uses only the given skills', () => {
    const got = ids('Experience with Python and Weka is required.', { mode: 'replace', skills: [{ id: 'weka', name: 'Weka', category: 'ml-library' }] });
    expect(got).toEqual(['weka']);
  });

  test('a custom entry with a default id replaces that skill', () => {
    const got = ids('Strong Pythonic style, and Python too.', [{ id: 'python', name: 'Pythonic', category: 'language' }]);
    expect(got).toEqual(['python']);
    const r = createExtractor({ taxonomy: [{ id: 'python', name: 'Pythonic', category: 'language' }] }).extract('Strong Pythonic style, and Python too.');
    expect(r.skills[0]!.mentions.map((m) => m.evidence.text)).toEqual(['Pythonic']);
  });

  test('custom ambiguous forms follow their policy ("SWIFT payments" is not Swift)', () => {
    const swift = [{ id: 'swift', name: 'Swift', category: 'language', policy: 'context', aliases: [{ form: 'SwiftUI', policy: 'safe' }] }];
    expect(ids('Process SWIFT payments and wire transfers for clients.', swift)).not.toContain('swift');
    expect(ids('Build iOS apps in Swift, Python and Java.', swift)).toContain('swift');
    expect(ids('Experience with SwiftUI.', swift)).toContain('swift');
  });

  test('implies adds the vendor to the summary', () => {
    const r = createExtractor({ taxonomy: [{ id: 'athena-x', name: 'AthenaX', category: 'cloud-service', implies: ['aws'] }] }).extract('You will query AthenaX tables.');
    expect(r.summary.skills).toEqual(expect.arrayContaining(['athena-x', 'aws']));
    expectEvidenceIndexesInput('You will query AthenaX tables.', r);
  });

  const invalid: [string, unknown, RegExp][] = [
    ['entry not an object', ['python'], /taxonomy entry 0: expected an object/],
    ['missing name', [{ id: 'weka', category: 'ml-library' }], /taxonomy entry 0 \(id "weka"\): name/],
    ['bad category', [{ id: 'weka', name: 'Weka', category: 'toolz' }], /entry 0 \(id "weka"\): category/],
    ['bad id', [{ id: 'Weka Tool', name: 'Weka', category: 'tool' }], /entry 0 \(id "Weka Tool"\): id: ids are lower-case slugs/],
    ['duplicate id', [{ id: 'a1', name: 'A1', category: 'tool' }, { id: 'a1', name: 'A2', category: 'tool' }], /entry 1 \(id "a1"\): duplicate id/],
    ['bad policy', [{ id: 'weka', name: 'Weka', category: 'tool', policy: 'fuzzy' }], /entry 0 \(id "weka"\): policy/],
    ['form without letters', [{ id: 'weka', name: 'Weka', category: 'tool', aliases: ['--'] }], /entry 0 \(id "weka"\): the form "--" has no letters/],
    ['implies unknown id', [{ id: 'weka', name: 'Weka', category: 'tool', implies: ['nope'] }], /entry 0 \(id "weka"\): implies unknown skill id "nope"/],
  ];
  test.each(invalid)('invalid: %s', (_name, taxonomy, message) => {
    let err: unknown;
    try {
      createExtractor({ taxonomy: taxonomy as never });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(JobsiftTaxonomyError);
    expect((err as Error).message).toMatch(message);
  });

  test('a bad taxonomy option shape is refused with a message naming the option', () => {
    expect(() => createExtractor({ taxonomy: { mode: 'merge', skills: [] } as never })).toThrow(/taxonomy/);
  });
});
