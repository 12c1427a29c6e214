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
    case 'ENOSPC':
      return 'no space left on device';
    case 'EROFS':
      return 'read-only file system';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EPIPE':
      return 'the reader closed the pipe';
    case 'ENXIO':
      return 'no such device or address (a socket cannot be opened by name)';
    default:
      return e?.message ?? String(err);
  }
}

/**
 * `text` safe to print on a terminal: control characters and line breaks (an input's escape sequences, NULs, a stray byte-order mark)
 * written as \u escapes instead of being sent raw, where they could clear the screen or retitle the window.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
