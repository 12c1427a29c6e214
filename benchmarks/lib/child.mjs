// Runs a command in a child process and reads its wall time and peak RSS from GNU time (`/usr/bin/time`) when the
// machine has it; without it, RSS is reported as null.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const GNU_TIME = '/usr/bin/time';
const hasGnuTime = fs.existsSync(GNU_TIME);

/** Runs `node args...`; stdout is discarded. Returns { status, wallS, cpuS (all threads), maxRssMb, stderr }. */
export function runNodeTimed(args, { cwd }) {
  const timeFile = path.join(os.tmpdir(), `jobsift-bench-time-${process.pid}-${Date.now()}.txt`);
  const cmd = hasGnuTime ? GNU_TIME : process.execPath;
  const argv = hasGnuTime ? ['-f', '%M %e %U %S', '-o', timeFile, process.execPath, ...args] : args;
  const t0 = performance.now();
  const res = spawnSync(cmd, argv, { cwd, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 24 });
  const wallS = (performance.now() - t0) / 1000;
  let maxRssMb = null;
  let cpuS = null;
  if (hasGnuTime && fs.existsSync(timeFile)) {
    const last = fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
    const [kb, , user, sys] = last.split(' ').map(Number);
    if (Number.isFinite(kb)) maxRssMb = kb / 1024;
    if (Number.isFinite(user) && Number.isFinite(sys)) cpuS = user + sys;
    fs.rmSync(timeFile, { force: true });
  }
  return { status: res.status, wallS, cpuS, maxRssMb, stderr: res.stderr ?? '' };
}

/**
 * Runs several `node args...` at once (stdout discarded) and returns { status (the worst), wallS } from the first
 * start to the last exit, timed inside a helper process so its own start-up is not counted.
 */
export function runNodeConcurrently(argsList, { cwd }) {
  const script = `
    const { spawn } = require('node:child_process');
    const lists = JSON.parse(process.argv[1]);
    const t0 = performance.now();
    let left = lists.length, worst = 0;
    for (const args of lists) {
      const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
      child.on('exit', (code) => {
        worst = Math.max(worst, code ?? 1);
        if (--left === 0) { console.log(JSON.stringify({ status: worst, wallS: (performance.now() - t0) / 1000 })); }
      });
    }`;
  const res = spawnSync(process.execPath, ['-e', script, JSON.stringify(argsList)], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    return { ...JSON.parse(res.stdout.trim().split('\n').pop() ?? ''), stderr: res.stderr ?? '' };
  } catch {
    return { status: res.status ?? 1, wallS: null, stderr: res.stderr ?? '' };
  }
}
