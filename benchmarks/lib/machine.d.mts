// Types of machine.mjs, for the tests that import it.
export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  v8: string;
  platform: string;
  loadAverage1m: number;
}
export function describeMachine(): Machine;
export function machineSlug(machine: Partial<Machine> | null | undefined): string;
export function machineResultFile(resultsDir: string, machine: Partial<Machine> | null | undefined): string;
export function defaultBaseline(resultsDir: string, machine: Partial<Machine> | null | undefined): string;
