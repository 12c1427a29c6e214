import { constants as signalNumbers } from 'node:os';
import { createWriteStream, unlinkSync, type WriteStream } from 'node:fs';
import { lstat, readlink, realpath, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, basename, join, resolve } from 'node:path';
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

/**
 * How an --out path is written. `replace`: a temp file beside `path`, renamed over it when complete (a regular file,
 * or nothing yet). `direct`: opened and written in place, because renaming over it would destroy what it is (a FIFO,
 * a device, a socket).
 */
type Target = { kind: 'replace'; path: string } | { kind: 'direct'; path: string };

/** Symbolic links followed before giving up, as the kernel does (ELOOP). */
const MAX_LINKS = 40;

/**
 * Where writing `path` should go. A symbolic link is written through: what gets replaced is the file at its end, so
 * the link stays a link. A link that points nowhere yet is followed to the path it names, which is then created.
 */
/** The names of a descriptor the process already has open (other paths under /dev, /dev/shm's files, resolve as any). */
const OPEN_FD_PATH = /^\/(?:dev\/(?:stdout|stderr|fd\/\d+)|proc\/(?:self|thread-self|\d+)\/fd\/\d+)$/;

async function resolveTarget(path: string): Promise<Target> {
  // /dev/stdout, /dev/fd/N, /proc/self/fd/N and process substitutions (>(gzip > x)) name what the process already has
  // open (a pipe, or a file that `>>` appends to): written in place. Their links lead to "pipe:[123]", no real path.
  if (OPEN_FD_PATH.test(resolve(path))) return { kind: 'direct', path };
  let current = path;
  for (let links = 0; ; links++) {
    let info;
    try {
      info = await lstat(current);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'replace', path: current };
      throw err;
    }
    if (info.isSymbolicLink()) {
      if (links === MAX_LINKS) throw Object.assign(new Error('too many levels of symbolic links'), { code: 'ELOOP' });
      // Relative to the link's real directory: `..` in the link means what the kernel would take it to mean.
      current = resolve(await realpath(dirname(current)), await readlink(current));
      continue;
    }
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    return info.isFile() ? { kind: 'replace', path: current } : { kind: 'direct', path };
  }
}

/**
 * Temp files not yet renamed or removed. While there is any, SIGINT and SIGTERM remove them before the process dies
 * (an interrupted run would otherwise leave a hidden .tmp beside the output), and so does exiting early (process.exit
 * on a closed standard output). With none, the handlers are removed and Node's default signal behaviour is back.
 */
const liveTemps = new Set<string>();
const INTERRUPTS = ['SIGINT', 'SIGTERM'] as const;

function removeLiveTemps(): void {
  for (const temp of liveTemps) {
    try {
      unlinkSync(temp);
    } catch {
      // not created yet, or already renamed: nothing to remove
    }
  }
  liveTemps.clear();
}

function onInterrupt(signal: NodeJS.Signals): void {
  removeLiveTemps();
  stopWatching();
  // Dies of the signal, as without this handler, so that a shell loop sees the interrupt (and reports 130 or 143).
  process.kill(process.pid, signal);
  // If the signal were not delivered at once, still exit with the conventional status rather than run on.
  process.exit(128 + signalNumbers.signals[signal]);
}

function stopWatching(): void {
  for (const signal of INTERRUPTS) process.removeListener(signal, onInterrupt);
  process.removeListener('exit', removeLiveTemps);
}

function trackTemp(temp: string): void {
  if (liveTemps.size === 0) {
    for (const signal of INTERRUPTS) process.on(signal, onInterrupt);
    process.on('exit', removeLiveTemps);
  }
  liveTemps.add(temp);
}

function untrackTemp(temp: string): void {
  if (liveTemps.delete(temp) && liveTemps.size === 0) stopWatching();
}

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

/** A file sink. Nothing is opened until the first write or the commit, so an --out path is looked at only then. */
export function fileSink(path: string): Sink {
  let opening: Promise<{ stream: WriteStream; target: Target; temp: string | null }> | null = null;
  let error: unknown = null;
  const fail = (err: unknown): CliError => new CliError(`cannot write ${path}: ${describeSystemError(err)}`);
  const open = () =>
    (opening ??= resolveTarget(path).then(
      (target) => {
        const temp = target.kind === 'replace' ? tempPath(target.path) : null;
        if (temp) trackTemp(temp);
        // In place, appended: /dev/stdout may be a file the shell opened (`>` emptied it already, `>>` must keep it).
        const stream = createWriteStream(temp ?? target.path, { flags: temp ? 'w' : 'a' });
        stream.on('error', (err) => (error = err));
        return { stream, target, temp };
      },
      (err: unknown) => {
        throw fail(err);
      },
    ));
  return {
    async write(text) {
      const { stream } = await open();
      if (error) throw fail(error);
      // The wait for 'drain' ends in the stream's error when it fails (ENXIO opening a socket through /dev/stdout).
      await writeWithBackpressure(stream, text).catch((err: unknown) => {
        throw fail(err);
      });
    },
    async commit() {
      const { stream, target, temp } = await open();
      await new Promise<void>((resolve, reject) => {
        stream.end(() => resolve());
        stream.once('error', reject);
      }).catch((err) => {
        throw fail(err);
      });
      if (error) throw fail(error);
      if (!temp) return;
      try {
        await rename(temp, target.path);
      } catch (err) {
        await unlink(temp).catch(() => undefined);
        throw fail(err);
      } finally {
        untrackTemp(temp);
      }
    },
    async abort() {
      if (!opening) return;
      const opened = await opening.catch(() => null);
      if (!opened) return;
      // Waits for the close: a stream destroyed while its file is still opening creates the file after an unlink.
      const { stream } = opened;
      if (!stream.closed) await new Promise<void>((resolve) => stream.once('close', () => resolve()).destroy());
      if (opened.temp) {
        await unlink(opened.temp).catch(() => undefined);
        untrackTemp(opened.temp);
      }
    },
  };
}

/** Writes a whole file atomically: a temp file in the same directory, then rename (in place if it is a FIFO or a device). */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  let temp: string | null = null;
  try {
    const target = await resolveTarget(path);
    if (target.kind === 'direct') return await writeFile(target.path, content, { flag: 'a' });
    temp = tempPath(target.path);
    trackTemp(temp);
    await writeFile(temp, content);
    await rename(temp, target.path);
  } catch (err) {
    if (temp) await unlink(temp).catch(() => undefined);
    throw new CliError(`cannot write ${path}: ${describeSystemError(err)}`);
  } finally {
    if (temp) untrackTemp(temp);
  }
}
