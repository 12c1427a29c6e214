// Describes the machine a result was measured on, so that a diff of two result files shows when they are not
// comparable (another CPU, core count or Node version).
import os from 'node:os';

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
