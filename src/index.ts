export { createExtractor, extractRequirements, type Extractor, type SummaryWithSkills } from './extract.js';
export {
  JobsiftError,
  JobsiftInputError,
  JobsiftOptionsError,
  JobsiftTaxonomyError,
} from './errors.js';
export * from './schema.js';
export { loadNlpEngines, useNlpEngines } from './nlp/engines.js';
export { VERSION } from './version.js';
export * from './aggregate/index.js';
export { renderReport, renderMarkdown, renderHtml, renderJson, renderCsv, REPORT_FORMATS, type ReportFormat } from './report/index.js';
