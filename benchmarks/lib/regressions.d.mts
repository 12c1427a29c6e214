// Types of regressions.mjs, for the tests that import it.
export type Group = 'throughput' | 'cold' | 'aggregate' | 'cli';
export const GROUPS: readonly Group[];

export interface Metric {
  name: string;
  value: number;
  better: 'higher' | 'lower';
  gated: boolean;
  group: Group;
}

export interface ComparedMetric {
  name: string;
  group: Group;
  gated: boolean;
  baseline: number;
  /** The best fresh value; null when no fresh run measured the metric (`missing`). */
  fresh: number | null;
  runs: number;
  worseIn: number;
  change: number | null;
  worse: boolean;
  regression: boolean;
  missing: boolean;
}

/** A result of `benchmarks/run.mjs` (its JSON), read loosely: any group may be absent. */
export type BenchResult = Record<string, unknown>;

export function metricsOf(result: BenchResult): Metric[];
export function keptShare(better: 'higher' | 'lower', baseline: number, value: number): number;
export function compareRuns(baseline: BenchResult, freshRuns: readonly BenchResult[], threshold: number): ComparedMetric[];
export function groupsToConfirm(rows: readonly ComparedMetric[]): Group[];
export function skippedParts(result: BenchResult): string[];
