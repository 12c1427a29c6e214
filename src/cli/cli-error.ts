/** An error the CLI reports as one line on stderr, with its exit code (1: bad input, 2: bad usage). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A Node system error as words: "no such file or directory" rather than ENOENT. */
export function describeSystemError(err: unknown): string {
  const e = err as { code?: string; message?: string };
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    default:
      return e?.message ?? String(err);
  }
}
