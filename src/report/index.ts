import type { MarketReport } from '../aggregate/report-schema.js';
import { JobsiftOptionsError } from '../errors.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';

export const REPORT_FORMATS = ['md', 'html', 'json', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Renders a market report; rendering never computes statistics, it only lays out the report's numbers. */
export function renderReport(report: MarketReport, format: ReportFormat, options: { title?: string } = {}): string {
  switch (format) {
    case 'md':
      return renderMarkdown(report, options.title);
    case 'html':
      return renderHtml(report, options.title);
    case 'json':
      return renderJson(report);
    case 'csv':
      return renderCsv(report);
    default:
      throw new JobsiftOptionsError(`unknown report format ${JSON.stringify(format)}; use one of ${REPORT_FORMATS.join(', ')}`);
  }
}

export { renderMarkdown, renderHtml, renderJson, renderCsv };
