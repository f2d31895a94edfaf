/** The machine a run is on, for bench/results.json. */
import { cpus, release, totalmem, type } from 'node:os';
import type { MachineInfo } from './results';

export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    cores: list.length,
    cpu: list[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${type()} ${release()}`,
    arch: process.arch,
    node: process.version,
  };
}
