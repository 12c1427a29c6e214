import { readFile } from 'node:fs/promises';
import { aggregatorFromJSON, createAggregator, type Aggregator } from '../aggregate/index.js';
import { ADD_MANY_BATCH } from '../aggregate/accumulator.js';
import { JobsiftError } from '../errors.js';
import { createExtractor } from '../extract.js';
import { renderReport } from '../report/index.js';
import type { ExtractorOptions } from '../schema.js';
import type { CliArgs } from './args.js';
import { CliError, describeSystemError, printable } from './cli-error.js';
import { fileSink, stdoutSink, writeFileAtomic, type Sink } from './output.js';
import { createPipeline } from './pipeline.js';
import type { BatchResult, Problem } from './processor.js';
import { createProgress, type Progress } from './progress.js';
import { readInputs, type RawRecord } from './sources.js';

/** Records per batch sent to worker threads (fewer, larger messages). */
const WORKER_BATCH = 64;
/** Records per batch counted in this thread: as many as the aggregator's `addMany` takes at a time (see there). */
const REPORT_BATCH = ADD_MANY_BATCH;
/** Extract output is still written 64 lines at a time. */
const EXTRACT_BATCH = 64;
const MAX_WARNINGS = 20;

/**
 * Per-record warnings on stderr, at most MAX_WARNINGS, then a count. What the input said is escaped (a line may hold
 * terminal escape sequences), and the progress line is cleared first so that a warning does not run into it.
 */
class ProblemLog {
  count = 0;
  constructor(
    private readonly quiet: boolean,
    private readonly strict: boolean,
    private readonly progress: Progress,
  ) {}
  add(problems: readonly Problem[]): void {
    for (const p of problems) {
      if (this.strict) throw new CliError(`${p.loc}: ${p.reason}`); // escaped where it is printed (main.ts)
      this.count++;
      if (!this.quiet && this.count <= MAX_WARNINGS) {
        this.progress.clear();
        process.stderr.write(`jobsift: ${printable(`${p.loc}: ${p.reason}`)}; skipped\n`);
      }
    }
  }
  finish(): void {
    if (!this.quiet && this.count > MAX_WARNINGS) {
      this.progress.clear();
      process.stderr.write(`jobsift: ${this.count - MAX_WARNINGS} more bad records skipped (${this.count} in all)\n`);
    }
  }
}

/** A file's text without the UTF-8 byte-order mark an editor may have put at its start. */
const withoutTextBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

async function extractorOptions(args: CliArgs): Promise<ExtractorOptions> {
  if (args.taxonomy === null) return {};
  let taxonomy: unknown;
  try {
    taxonomy = JSON.parse(withoutTextBom(await readFile(args.taxonomy, 'utf8')));
  } catch (err) {
    throw new CliError(`cannot read the taxonomy ${args.taxonomy}: ${err instanceof SyntaxError ? err.message : describeSystemError(err)}`);
  }
  const options = { taxonomy: taxonomy as ExtractorOptions['taxonomy'] };
  try {
    createExtractor(options); // fail now, with the entry named, rather than in every worker
  } catch (err) {
    if (err instanceof JobsiftError) throw new CliError(`${args.taxonomy}: ${err.message}`, 2);
    throw err;
  }
  return options;
}

/** Reads every input through the pipeline; `onLines` receives extract output in input order. */
async function run(args: CliArgs, mode: 'extract' | 'report', script: URL, onLines: (lines: string[]) => Promise<void>) {
  const progress = createProgress(!args.quiet);
  const problems = new ProblemLog(args.quiet, args.strict, progress);
  const options = { mode, extractor: await extractorOptions(args), summaryOnly: args.summaryOnly };
  let good = 0;
  const onResult = async (r: BatchResult): Promise<void> => {
    // --strict stops at the first bad record: the good ones before it in its batch are still written.
    const stop = args.strict ? r.problems[0] : undefined;
    const lines = stop ? r.lines.slice(0, stop.linesBefore) : r.lines;
    good += lines.length;
    if (lines.length > 0) await onLines(lines);
    problems.add(r.problems);
  };
  const pipeline = createPipeline(args.workers, options, onResult, script);
  const batchSize = args.workers > 1 ? WORKER_BATCH : mode === 'extract' ? EXTRACT_BATCH : REPORT_BATCH;
  let records = 0;
  try {
    let batch: RawRecord[] = [];
    for await (const record of readInputs(args.inputs, { inputFormat: args.inputFormat, textColumn: args.textColumn })) {
      batch.push(record);
      records++;
      if (batch.length === batchSize) {
        await pipeline.push(batch);
        progress.tick(batch.length);
        batch = [];
      }
    }
    if (batch.length > 0) await pipeline.push(batch);
    const partials = await pipeline.finish();
    return { partials, problems, records, good };
  } catch (err) {
    await pipeline.close();
    throw err;
  } finally {
    progress.done();
    problems.finish();
  }
}

export async function extractCommand(args: CliArgs, script: URL): Promise<number> {
  const sink: Sink = args.out ? fileSink(args.out) : stdoutSink();
  try {
    const { problems, records, good } = await run(args, 'extract', script, (lines) => sink.write(lines.join('\n') + '\n'));
    // Checked before the output is made visible: a failed run leaves an earlier --out file as it was.
    if (records > 0 && good === 0 && problems.count > 0) throw new CliError(`no valid records in ${args.inputs.join(', ')}`);
    await sink.commit();
    return 0;
  } catch (err) {
    await sink.abort();
    throw err;
  }
}

async function writeReport(args: CliArgs, acc: Aggregator, defaultFormat: 'md' | 'partial'): Promise<void> {
  const format = args.format ?? defaultFormat;
  const reportOptions = { dedupe: args.dedupe, ...(args.top ? { top: args.top } : {}) };
  const renderOptions = args.title ? { title: args.title } : {};
  const report = format === 'partial' && !args.alsoHtml ? null : acc.report(reportOptions);
  const text = format === 'partial' ? JSON.stringify(acc.toJSON()) + '\n' : renderReport(report!, format, renderOptions);
  if (args.alsoHtml) await writeFileAtomic(args.alsoHtml, renderReport(report!, 'html', renderOptions));
  if (args.out) await writeFileAtomic(args.out, text);
  else await stdoutSink().write(text);
}

export async function reportCommand(args: CliArgs, script: URL): Promise<number> {
  const { partials, problems, records } = await run(args, 'report', script, async () => {});
  // This thread's aggregator (if it counted) with the workers' partials merged into it.
  const first = partials[0];
  const acc = first && 'report' in first ? first : createAggregator();
  for (const p of partials) if (p !== acc) acc.merge(p);
  if (records > 0 && problems.count === records) throw new CliError(`no valid records in ${args.inputs.join(', ')}`);
  await writeReport(args, acc, 'md');
  if (args.alsoHtml && !args.quiet) process.stderr.write(`jobsift: wrote ${args.alsoHtml}\n`);
  return 0;
}

export async function mergeCommand(args: CliArgs): Promise<number> {
  const acc = createAggregator();
  for (const file of args.inputs) {
    let data: unknown;
    try {
      data = JSON.parse(withoutTextBom(file === '-' ? await readStdin() : await readFile(file, 'utf8')));
    } catch (err) {
      throw new CliError(`cannot read ${file}: ${err instanceof SyntaxError ? `invalid JSON (${err.message})` : describeSystemError(err)}`);
    }
    try {
      acc.merge(aggregatorFromJSON(data).toJSON());
    } catch (err) {
      if (err instanceof JobsiftError) throw new CliError(`${file}: ${err.message}`);
      throw err;
    }
  }
  await writeReport(args, acc, 'partial');
  return 0;
}

async function readStdin(): Promise<string> {
  process.stdin.setEncoding('utf8');
  let text = '';
  for await (const chunk of process.stdin) text += chunk as string;
  return text;
}
