import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { SegmentedDoc } from '../../src/extractors/types.js';
import { normalize } from '../../src/pipeline/normalize.js';
import { segment } from '../../src/pipeline/segment.js';
import { TRIGGER_PATTERNS, triggeredUnits } from '../../src/refiners/education-triggers.js';
import { anyText, textWithJunk } from '../laws/arbitraries.js';

/**
 * The law of the education trigger screen: the units it finds from the document's tokens (screened by `tokenize` on
 * its way through the characters, then read with sticky patterns) are exactly those a plain global scan of the text
 * with each trigger pattern finds. A screen that drops a position where a trigger starts loses a unit.
 */
function unitsByGlobalScan(doc: SegmentedDoc): number[] {
  const found = new Set<number>();
  for (const { source, flags } of TRIGGER_PATTERNS) {
    const re = new RegExp(source, `${flags}g`);
    let unit = 0;
    for (let m = re.exec(doc.text); m !== null; m = re.exec(doc.text)) {
      const p = m.index;
      const matchEnd = re.lastIndex === p ? p + 1 : re.lastIndex;
      while (unit < doc.units.length && doc.units[unit]!.end <= p) unit++;
      const u = doc.units[unit];
      if (u && p >= u.start) {
        found.add(unit);
        // A unit is triggered once: the scan goes on after it.
        re.lastIndex = Math.max(matchEnd, u.end);
      } else re.lastIndex = matchEnd;
    }
  }
  return [...found].sort((a, b) => a - b);
}

const docOf = (text: string): SegmentedDoc => segment(normalize(text));

const corpus: string[] = readFileSync(new URL('../../examples/data/glassdoor-2020.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);

/** Words and glued forms the screen must let through, mixed with near misses and separators. */
const TRIGGER_PIECES = [
  'BS', 'B.S.', 'b.sc', 'M.Sc', 'MS', 'MSCS', 'MBA', 'm.b.a', 'Ph.D', 'PhD', 'ph d', 'PharmD', 'pharm.d', 'J.D.', 'a.a.',
  'BEng', 'B.Tech', 'GED', 'MD', 'AAS', 'sc.d.', 'D.Phil', '.MBA', 'Masters', "Master's", 'MASTER', 'majors', 'bachelor',
  'Baccalaureate', 'background', 'degree', 'doctoral', 'diploma', 'graduate', 'undergrad', 'associate', 'high school',
  'high-school', 'years', 'yrs', 'year', '5years', '5yrs+', '3months', '10year#', 'months', 'coursework', 'concentration',
  'emphasis', 'education', 'field of study', 'fields of study', 'specialization', 'specialised', 'ms', 'bs', 'ma', 'yr',
  'mastery', 'degreed', 'é', 'Ünder', 'naïve', 'x', ' ', '\n', '- ', '. ', ', ', '/', '(', ')', '5', '+', '#', '.', '•',
];
const triggerText = fc.array(fc.constantFrom(...TRIGGER_PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

describe('education triggers', () => {
  test('the 596 corpus postings: the units found equal a global scan of the text', () => {
    let triggered = 0;
    for (const text of corpus) {
      const doc = docOf(text);
      const units = triggeredUnits(doc);
      expect(units).toEqual(unitsByGlobalScan(doc));
      triggered += units.length;
    }
    // The corpus asks for degrees and years in nearly every posting: a screen that let nothing through fails here.
    expect(triggered).toBeGreaterThan(1000);
  });

  test('text made of trigger words, glued forms and near misses: the same units as a global scan', () => {
    fc.assert(
      fc.property(triggerText, (text) => {
        const doc = docOf(text);
        expect(triggeredUnits(doc)).toEqual(unitsByGlobalScan(doc));
      }),
      { numRuns: 400 },
    );
  });

  test('any text, and real text with hostile characters: the same units as a global scan', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, textWithJunk), (text) => {
        const doc = docOf(text);
        expect(triggeredUnits(doc)).toEqual(unitsByGlobalScan(doc));
      }),
      { numRuns: 300 },
    );
  });
});
