// Command-line arguments of the benchmark scripts: `--help` prints the script's usage, and a bad argument is one line
// on stderr with exit code 64 (EX_USAGE), never a stack trace. compare.mjs gives 0-3 their own meanings, so usage
// errors take a code of their own in every script.
import path from 'node:path';
import { parseArgs } from 'node:util';

export const USAGE_EXIT = 64;

/**
 * `parseArgs` in strict mode, with `--help` / `-h` answered here (usage on stdout, exit 0) and a bad argument turned
 * into a usage error. `usage` is the script's usage text; `positionals` how many operands it takes at most.
 */
export function scriptArgs(usage, options, positionals = 0) {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${usage.trim()}\n`);
    process.exit(0);
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: positionals > 0, strict: true });
  } catch (err) {
    usageFailure(err.message);
  }
  if (parsed.positionals.length > positionals) usageFailure(`unexpected argument "${parsed.positionals[positionals]}"`);
  return parsed;
}

/** Reports a usage error as one line on stderr and exits with USAGE_EXIT. */
export function usageFailure(message) {
  process.stderr.write(`${scriptName()}: ${message}\nRun it with --help for its usage.\n`);
  process.exit(USAGE_EXIT);
}

/** Reports a failure that is not the caller's mistake (no built package, say) as one line; exit code 1. */
export function failure(message) {
  process.stderr.write(`${scriptName()}: ${message}\n`);
  process.exit(1);
}

const scriptName = () => `benchmarks/${path.basename(process.argv[1] ?? 'script')}`;
