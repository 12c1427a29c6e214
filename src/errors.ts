/** Base class of every error jobsift throws on purpose: catch this to tell user errors from bugs. */
export class JobsiftError extends Error {
  override name = 'JobsiftError';
}

/** The input was not a string (or not a posting record), or was too long. */
export class JobsiftInputError extends JobsiftError {
  override name = 'JobsiftInputError';
}

/** An option was invalid; the message names the option. */
export class JobsiftOptionsError extends JobsiftError {
  override name = 'JobsiftOptionsError';
}

/** A custom taxonomy entry was invalid; the message names the entry and the problem. */
export class JobsiftTaxonomyError extends JobsiftError {
  override name = 'JobsiftTaxonomyError';
}

/** Describes a value for an error message without dumping it whole. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (typeof value === 'object') return `an object (${Object.prototype.toString.call(value)})`;
  if (typeof value === 'string') return `a string of length ${value.length}`;
  return `${typeof value} ${String(value)}`;
}

/** Formats zod issues as "path: message" lines. */
export function formatIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues
    .map((i) => `${i.path.length ? i.path.map(String).join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}
