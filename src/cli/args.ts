import { availableParallelism } from 'node:os';
import { CliError } from './cli-error.js';

export const COMMANDS = ['extract', 'report', 'merge'] as const;
export type Command = (typeof COMMANDS)[number];
export const INPUT_FORMATS = ['auto', 'jsonl', 'json', 'csv', 'text', 'html'] as const;
export type InputFormatName = (typeof INPUT_FORMATS)[number];
export const OUTPUT_FORMATS = ['md', 'html', 'json', 'csv', 'partial'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface CliArgs {
  command: Command;
  inputs: string[];
  format: OutputFormat | null;
  out: string | null;
  alsoHtml: string | null;
  inputFormat: InputFormatName;
  textColumn: string | null;
  workers: number;
  strict: boolean;
  quiet: boolean;
  dedupe: boolean;
  summaryOnly: boolean;
  top: number | null;
  taxonomy: string | null;
  title: string | null;
}

export const USAGE = `Usage:
  jobsift extract <file|dir|->... [--out PATH] [--summary-only] [--input-format F] [--text-column NAME]
                  [--workers N|auto] [--taxonomy FILE] [--strict] [--quiet]
  jobsift report  <file|dir|->... [--format md|html|json|csv|partial] [--out PATH] [--also-html PATH]
                  [--input-format F] [--text-column NAME] [--workers N|auto] [--taxonomy FILE] [--top N]
                  [--title TEXT] [--no-dedupe] [--strict] [--quiet]
  jobsift merge   <partial.json|->... [--format partial|md|html|json|csv] [--out PATH] [--also-html PATH]
                  [--top N] [--title TEXT] [--no-dedupe] [--quiet]

Inputs (UTF-8): JSON lines (.jsonl), JSON arrays or one object (.json), CSV (.csv, with --text-column),
.txt / .md / .html files (one posting each) and directories of them (hidden ones skipped), or - for standard
input. A record is a string or {text | html, title?, company?, location?, industry?, companySize?, postedAt?,
id?}; an empty or null text gives way to the html beside it. Empty posting files are reported and skipped.
merge reads partials (report --format partial), - for one on standard input.

Options:
  --format F          report, merge: md|html|json|csv|partial (report default md, merge default partial;
                      "partial" writes a mergeable aggregate, what merge reads)
  --out PATH          write to PATH (atomically) instead of standard output
  --also-html PATH    report, merge: also write the HTML report to PATH
  --input-format F    extract, report: auto|jsonl|json|csv|text|html (default auto: from the extension or the
                      first character)
  --text-column NAME  extract, report: CSV column holding the posting text (default: text, description or job
                      description)
  --workers N|auto    extract, report: extract on N threads: this one and N-1 workers (default 1; auto: one per
                      core)
  --taxonomy FILE     extract, report: custom skills (JSON: an array of entries, or {mode, skills})
  --top N             report, merge: rows in ranked tables (default 25)
  --title TEXT        report, merge: the title of the Markdown and HTML reports
  --no-dedupe         report, merge: count exact duplicate postings every time
  --summary-only      extract: print only the flat summary of each posting
  --strict            extract, report: stop at the first bad record (exit 1) instead of reporting and skipping it
  --quiet             no progress and no per-record warnings on standard error
  -h, --help          this help
`;

const VALUE_OPTIONS = new Set(['--format', '--out', '--also-html', '--input-format', '--text-column', '--workers', '--top', '--taxonomy', '--title']);
const FLAG_OPTIONS = new Set(['--strict', '--quiet', '--no-dedupe', '--summary-only']);

/**
 * The options each command reads: any other is a usage error, not silently ignored (`extract --also-html x.html`
 * would otherwise exit 0 with no file written).
 */
export const COMMAND_OPTIONS: Readonly<Record<Command, ReadonlySet<string>>> = {
  extract: new Set(['--out', '--input-format', '--text-column', '--workers', '--taxonomy', '--strict', '--quiet', '--summary-only']),
  report: new Set([
    '--format', '--out', '--also-html', '--input-format', '--text-column', '--workers', '--top', '--taxonomy', '--title',
    '--strict', '--quiet', '--no-dedupe',
  ]),
  merge: new Set(['--format', '--out', '--also-html', '--top', '--title', '--quiet', '--no-dedupe']),
};

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new CliError(`${option} must be one of ${allowed.join(', ')}, got "${value}"`, 2);
  }
  return value as T;
}

/** More threads than this is a typo, not a machine: each thread holds a heap of its own (~100 MB in a long run). */
const MAX_WORKERS = 256;

function workerCount(value: string): number {
  if (value === 'auto') return availableParallelism();
  const n = positiveInt('--workers', value, 'a positive integer or auto');
  if (n > MAX_WORKERS) throw new CliError(`--workers must be at most ${MAX_WORKERS} (or auto: one per core), got "${value}"`, 2);
  return n;
}

/** Decimal digits only: Number() would also take " 2", "2.0", "0x2" and "1e2". */
const POSITIVE_INT = /^[1-9]\d*$/;

function positiveInt(option: string, value: string, expected = 'a positive integer'): number {
  const n = POSITIVE_INT.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n)) throw new CliError(`${option} must be ${expected}, got "${value}"`, 2);
  return n;
}

/** Parses argv (without node and the script); `null` means help was asked for. */
export function parseArgs(argv: readonly string[]): CliArgs | null {
  if (argv.length === 0 || argv.includes('-h') || argv.includes('--help')) return null;
  const [command, ...rest] = argv;
  if (!COMMANDS.includes(command as Command)) {
    throw new CliError(`unknown command "${command}"; use one of ${COMMANDS.join(', ')} (jobsift --help)`, 2);
  }
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const inputs: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUE_OPTIONS.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
      if (value === undefined) throw new CliError(`${name} needs a value`, 2);
      values.set(name, value);
    } else if (FLAG_OPTIONS.has(name)) {
      if (eq > 0) throw new CliError(`${name} takes no value, got "${arg}"`, 2);
      flags.add(name);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new CliError(`unknown option ${arg} (jobsift --help)`, 2);
    } else {
      inputs.push(arg);
    }
  }
  if (inputs.length === 0) throw new CliError(`${command} needs at least one input (a file, a directory or -)`, 2);
  if (command === 'extract' && values.has('--format')) throw new CliError('extract writes JSON lines; --format is for report and merge', 2);
  for (const option of [...values.keys(), ...flags]) {
    if (!COMMAND_OPTIONS[command as Command].has(option)) throw new CliError(`${option} is not an option of ${command} (jobsift --help)`, 2);
  }
  const format = values.has('--format') ? oneOf('--format', values.get('--format')!, OUTPUT_FORMATS) : null;
  return {
    command: command as Command,
    inputs,
    format,
    out: values.get('--out') ?? null,
    alsoHtml: values.get('--also-html') ?? null,
    inputFormat: oneOf('--input-format', values.get('--input-format') ?? 'auto', INPUT_FORMATS),
    textColumn: values.get('--text-column') ?? null,
    workers: values.has('--workers') ? workerCount(values.get('--workers')!) : 1,
    strict: flags.has('--strict'),
    quiet: flags.has('--quiet'),
    dedupe: !flags.has('--no-dedupe'),
    summaryOnly: flags.has('--summary-only'),
    top: values.has('--top') ? positiveInt('--top', values.get('--top')!) : null,
    taxonomy: values.get('--taxonomy') ?? null,
    title: values.get('--title') ?? null,
  };
}
