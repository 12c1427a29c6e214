/**
 * LABELLING rule 17: the least total experience a candidate needs on the easiest path the posting states.
 *
 * - With degree pairings ("BS + 5 years or MS + 3"), each pairing is a path, and so is a bare figure stated as
 *   an alternative in the same unit ("5+ years, or 2+ with a PhD"): the smallest wins.
 * - A degree of the same requirement block that takes no figure of its own is a path too, when the block holds
 *   figures outside the pairings and a unit states an alternative ("PhD required. 3+ years of experience. Or a
 *   Master's and 5 years" = 3): its total is what those figures ask. A degree with no figure anywhere does not make it 0.
 * - Otherwise the figures are parts of one path: a general figure is the total and narrower ones do not lower
 *   it, and with no general figure the largest narrower one is the total. Both read as the largest figure.
 * - Required figures decide; preferred ones only when nothing is required ("3+ required, 5+ preferred" = 3).
 */
export interface MinYearsFigure {
  minYears: number;
  required: boolean;
  /** Index of the unit the figure sits in. */
  unit: number;
  /** Index of the section (requirement block) the figure sits in. */
  block: number;
  /** True when the figure is paired with a degree level. */
  paired: boolean;
  /**
   * For a figure paired with no degree, in a unit where others are: false when no "or" stands between it and a
   * paired figure, so it is a narrower part of that path ("with 5+ years ... with minimum of 3+ years in QC"), not
   * a path of its own ("5+ years, or 2+ with a PhD"). Unset reads as a path.
   */
  alternative?: boolean;
}

/** A degree mention that no figure was paired with: a path whose years, if any, are the block's other figures. */
export interface UnpairedDegree {
  required: boolean;
  block: number;
}

/**
 * `alternativeBlocks`: the sections that state alternatives across units (a unit opening with "Or", "Alternatively",
 * "in the alternative"); only there is a degree without a figure a path of its own.
 */
export function minimumYears(
  figures: readonly MinYearsFigure[],
  unpairedDegrees: readonly UnpairedDegree[] = [],
  alternativeBlocks: ReadonlySet<number> = new Set(),
): number | null {
  if (figures.length === 0) return null;
  const required = figures.filter((f) => f.required);
  const pool = required.length > 0 ? required : figures;
  const paired = pool.filter((f) => f.paired);
  // Loops, not Math.max(...list): a spread of a long list (a posting of 100,000 figures) overflows the stack.
  if (paired.length === 0) {
    let most = -Infinity;
    for (const f of pool) if (f.minYears > most) most = f.minYears;
    return most;
  }
  const pathUnits = new Set(paired.map((f) => f.unit));
  let best = Infinity;
  for (const f of pool) if (pathUnits.has(f.unit) && (f.paired || f.alternative !== false) && f.minYears < best) best = f.minYears;
  const pathBlocks = new Set(paired.map((f) => f.block));
  const degreeBlocks = new Set(unpairedDegrees.filter((d) => d.required || pool !== required).map((d) => d.block));
  // One pass: the largest figure outside the pairing units, per block that has a figureless degree path.
  const restMax = new Map<number, number>();
  for (const f of pool) {
    if (pathUnits.has(f.unit) || !pathBlocks.has(f.block) || !degreeBlocks.has(f.block) || !alternativeBlocks.has(f.block)) continue;
    restMax.set(f.block, Math.max(restMax.get(f.block) ?? f.minYears, f.minYears));
  }
  for (const total of restMax.values()) best = Math.min(best, total);
  return best;
}
