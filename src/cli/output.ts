import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { once } from 'node:events';
import { CliError, describeSystemError } from './cli-error.js';

/** Where output goes: standard output, or a file that appears only when complete (temp file + rename). */
export interface Sink {
  write(text: string): Promise<void>;
  /** Makes the file visible (rename) or flushes standard output. */
  commit(): Promise<void>;
  /** Removes the temp file after an error. */
  abort(): Promise<void>;
}

const tempPath = (path: string): string =>
  join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);

async function writeWithBackpressure(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

export function stdoutSink(): Sink {
  return {
    write: (text) => writeWithBackpressure(process.stdout, text),
    async commit() {},
    async abort() {},
  };
}

export function fileSink(path: string): Sink {
  const temp = tempPath(path);
  let stream: WriteStream | null = null;
  let error: unknown = null;
  const open = (): WriteStream => {
    if (!stream) {
      stream = createWriteStream(temp);
      stream.on('error', (err) => (error = err));
    }
    return stream;
  };
  const fail = (err: unknown): CliError => new CliError(`cannot write ${path}: ${describeSystemError(err)}`);
  return {
    async write(text) {
      if (error) throw fail(error);
      await writeWithBackpressure(open(), text);
    },
    async commit() {
      const s = open();
      await new Promise<void>((resolve, reject) => {
        s.end(() => resolve());
        s.once('error', reject);
      }).catch((err) => {
        throw fail(err);
      });
      if (error) throw fail(error);
      try {
        await rename(temp, path);
      } catch (err) {
        await unlink(temp).catch(() => undefined);
        throw fail(err);
      }
    },
    async abort() {
      const s: WriteStream | null = stream;
      if (s) s.destroy();
      await unlink(temp).catch(() => undefined);
    },
  };
}

/** Writes a whole file atomically: a temp file in the same directory, then rename. */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const temp = tempPath(path);
  try {
    await writeFile(temp, content);
    await rename(temp, path);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw new CliError(`cannot write ${path}: ${describeSystemError(err)}`);
  }
}
