import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { JobsiftError } from '../errors.js';
import { parseArgs, USAGE } from './args.js';
import { CliError, describeSystemError, printable } from './cli-error.js';
import { extractCommand, mergeCommand, reportCommand } from './commands.js';
import { serveWorker, type WorkerSetup } from './pipeline.js';

// This same file is the worker threads' script (one file in dist/), told apart by its workerData.
const SCRIPT = new URL(import.meta.url);

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args === null) {
    process.stdout.write(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  if (args.command === 'extract') return extractCommand(args, SCRIPT);
  if (args.command === 'report') return reportCommand(args, SCRIPT);
  return mergeCommand(args);
}

function isWorkerSetup(data: unknown): data is WorkerSetup {
  return typeof data === 'object' && data !== null && (data as WorkerSetup).jobsiftWorker === true;
}

if (!isMainThread && parentPort && isWorkerSetup(workerData)) {
  serveWorker(workerData, parentPort);
} else {
  // A closed pipe (jobsift ... | head) is not an error; any other failure to write standard output ends the run.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    process.stderr.write(`jobsift: cannot write standard output: ${printable(describeSystemError(err))}\n`);
    process.exit(1);
  });
  // Warnings are advisory: a closed or failing standard error (2>&1 | head -1) must not stop the run or lose its output.
  process.stderr.on('error', () => undefined);
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      if (err instanceof CliError) {
        process.stderr.write(`jobsift: ${printable(err.message)}\n`);
        process.exitCode = err.exitCode;
      } else if (err instanceof JobsiftError) {
        process.stderr.write(`jobsift: ${printable(err.message)}\n`);
        process.exitCode = 1;
      } else {
        // The stack keeps its lines; each is escaped, as a message may quote the input.
        const text = err instanceof Error ? (err.stack ?? err.message) : String(err);
        process.stderr.write(`jobsift: internal error: ${text.split('\n').map(printable).join('\n')}\n`);
        process.exitCode = 70;
      }
    },
  );
}
