// Command-line arguments of the benchmark scripts: `--help` prints the script's usage, and a bad argument is reported
// in one line on stderr (and a pointer to --help) with exit code 64 (EX_USAGE), never a stack trace. compare.mjs
// gives 0-3 their own meanings, so usage errors take a code of their own in every script.
import path from 'node:path';
import { parseArgs } from 'node:util';

export const USAGE_EXIT = 64;

/**
 * `parseArgs` in strict mode, with `--help` / `-h` answered here (usage on stdout, exit 0) and a bad argument turned
 * into a usage error. `usage` is the script's usage text; `positionals` how many operands it takes at most. `--help`
 * is an option like the others: as another option's value or after `--` it is no request for help.
 */
export function scriptArgs(usage, options, positionals = 0) {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      options: { ...options, help: { type: 'boolean', short: 'h', default: false } },
      allowPositionals: positionals > 0,
      strict: true,
    });
  } catch (err) {
    usageFailure(err.message);
  }
  if (parsed.values.help) {
    process.stdout.write(`${usage.trim()}\n`);
    process.exit(0);
  }
  delete parsed.values.help;
  if (parsed.positionals.length > positionals) usageFailure(`unexpected argument "${parsed.positionals[positionals]}"`);
  return parsed;
}

/** Reports a usage error in one line on stderr (and a pointer to --help) and exits with USAGE_EXIT. */
export function usageFailure(message) {
  process.stderr.write(`${scriptName()}: ${message}\nRun it with --help for its usage.\n`);
  process.exit(USAGE_EXIT);
}

/** Reports a failure that is not the caller's mistake (no built package, say) as one line; exit code 1. */
export function failure(message) {
  reportFailure(message);
  process.exit(1);
}

/** Writes a failure's one line on stderr, under the script's name (for a script that exits with a code of its own). */
export function reportFailure(message) {
  process.stderr.write(`${scriptName()}: ${message}\n`);
}

const scriptName = () => `benchmarks/${path.basename(process.argv[1] ?? 'script')}`;
