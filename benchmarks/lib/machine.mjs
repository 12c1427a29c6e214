// Describes the machine a result was measured on, so that a diff of two result files shows when they are not
// comparable (another CPU, core count or Node version), and names the saved run of each machine.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function describeMachine() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model?.trim() ?? 'unknown',
    cores: typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    v8: process.versions.v8,
    platform: `${process.platform}-${process.arch}`,
    // Other work on the machine skews every figure: a load well above 0 means this run shared its cores.
    loadAverage1m: Math.round(os.loadavg()[0] * 100) / 100,
  };
}

/** A file name for a machine's CPU model and core count: "amd-epyc-2c", "intel-r-xeon-r-processor-2c". */
export function machineSlug(machine) {
  const cpu = String(machine?.cpuModel ?? '').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).join('-') || 'unknown';
  const cores = Number.isInteger(machine?.cores) ? `${machine.cores}c` : 'unknown-cores';
  return `${cpu}-${cores}`;
}

/** Where the last full run on a machine of this CPU model and core count is kept (beside latest.json). */
export function machineResultFile(resultsDir, machine) {
  return path.join(resultsDir, 'machines', `${machineSlug(machine)}.json`);
}

/**
 * The saved run a fresh run on `machine` is compared with: the last full run on the same CPU model and core count
 * when there is one (the machine class this project runs on comes with either of two CPUs, which differ by ~30% on
 * jobsift's figures), else latest.json, whatever machine it was measured on.
 */
export function defaultBaseline(resultsDir, machine) {
  const own = machineResultFile(resultsDir, machine);
  return fs.existsSync(own) ? own : path.join(resultsDir, 'latest.json');
}
