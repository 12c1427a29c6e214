import type { RequirementSummary } from '../src/index.js';

export const CHROMIUM_PATH: string;
export function chromiumAvailable(): boolean;
export function bundleForBrowser(specifier: string, resolveDir: string, extraSource?: string): Promise<{ code: string; bytes: number }>;
export function summariesInChromium(
  code: string,
  texts: readonly string[],
  csp?: string | null,
): Promise<{ version: string; summaries: RequirementSummary[]; errors: string[]; userAgent: string; probe: unknown }>;
