/**
 * LABELLING rule 17: the least total experience a candidate needs on the easiest path the posting states.
 *
 * - With degree pairings ("BS + 5 years or MS + 3"), each pairing is a path, and so is a bare figure stated as
 *   an alternative in the same unit ("5+ years, or 2+ with a PhD"): the smallest wins.
 * - Otherwise the figures are parts of one path: a general figure is the total and narrower ones do not lower
 *   it, and with no general figure the largest narrower one is the total. Both read as the largest figure.
 * - Required figures decide; preferred ones only when nothing is required ("3+ required, 5+ preferred" = 3).
 */
export interface MinYearsFigure {
  minYears: number;
  required: boolean;
  /** Index of the unit the figure sits in. */
  unit: number;
  /** True when the figure is paired with a degree level. */
  paired: boolean;
}

export function minimumYears(figures: readonly MinYearsFigure[]): number | null {
  if (figures.length === 0) return null;
  const required = figures.filter((f) => f.required);
  const pool = required.length > 0 ? required : figures;
  const paired = pool.filter((f) => f.paired);
  if (paired.length > 0) {
    const pathUnits = new Set(paired.map((f) => f.unit));
    return Math.min(...pool.filter((f) => pathUnits.has(f.unit)).map((f) => f.minYears));
  }
  return Math.max(...pool.map((f) => f.minYears));
}
