/** Company-size buckets as Glassdoor and LinkedIn export them; a size string maps to the bucket of its lower bound. */
export const COMPANY_SIZE_BUCKETS = [
  { id: '1-50', min: 1, max: 50, label: '1 to 50 employees' },
  { id: '51-200', min: 51, max: 200, label: '51 to 200 employees' },
  { id: '201-500', min: 201, max: 500, label: '201 to 500 employees' },
  { id: '501-1000', min: 501, max: 1000, label: '501 to 1000 employees' },
  { id: '1001-5000', min: 1001, max: 5000, label: '1001 to 5000 employees' },
  { id: '5001-10000', min: 5001, max: 10000, label: '5001 to 10000 employees' },
  { id: '10000+', min: 10001, max: Number.POSITIVE_INFINITY, label: '10000+ employees' },
] as const;
export type CompanySizeBucket = (typeof COMPANY_SIZE_BUCKETS)[number]['id'];

// "501 to 1000 employees", "1-50", "1,001 - 5,000", "10000+ employees", "10,000+": the lower bound and a plus sign.
const SIZE_PATTERN = /^\s{0,4}(\d[\d,]{0,12})\s{0,4}(\+)?/;

/** The bucket id of a company-size string or head count, or null when the size is not stated ("Unknown", "-1"). */
export function parseCompanySize(size: string | number | null | undefined): CompanySizeBucket | null {
  if (size === null || size === undefined) return null;
  let lower: number;
  if (typeof size === 'number') {
    if (!Number.isFinite(size) || size < 1) return null;
    lower = Math.floor(size);
  } else {
    const m = SIZE_PATTERN.exec(size);
    if (!m?.[1]) return null;
    lower = Number(m[1].replace(/,/g, ''));
    if (!(lower >= 1)) return null;
    // "10000+" means more than 10000: past the 5001-10000 bucket.
    if (m[2] === '+') lower += 1;
  }
  for (const b of COMPANY_SIZE_BUCKETS) if (lower >= b.min && lower <= b.max) return b.id;
  return null;
}
