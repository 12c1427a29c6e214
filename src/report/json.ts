import type { MarketReport } from '../aggregate/report-schema.js';

/** The market report as JSON (the MarketReport schema), indented, with a final newline. */
export function renderJson(report: MarketReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
