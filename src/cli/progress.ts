/** A one-line progress counter on standard error, only when it is a terminal (and not --quiet). */
export interface Progress {
  tick(records: number): void;
  /** Clears the line before something else is written to stderr (the next tick draws it again). */
  clear(): void;
  done(): void;
}

export function createProgress(enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY) return { tick() {}, clear() {}, done() {} };
  const started = Date.now();
  let count = 0;
  let shownAt = 0;
  return {
    tick(records) {
      count += records;
      const now = Date.now();
      if (now - shownAt < 200) return;
      shownAt = now;
      const rate = Math.round(count / Math.max(0.001, (now - started) / 1000));
      process.stderr.write(`\rjobsift: ${count.toLocaleString('en-US')} records (${rate.toLocaleString('en-US')}/s)\u001b[K`);
    },
    clear() {
      if (shownAt > 0) process.stderr.write('\r\u001b[K');
      shownAt = 0;
    },
    done() {
      this.clear();
    },
  };
}
