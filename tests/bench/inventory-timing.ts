import { performance } from 'node:perf_hooks'

/** Wall-clock and CPU time (this process, user + system) of one run, in ms. */
export interface Timing {
  wall: number
  cpu: number
}

/**
 * The CPU time is shown beside the wall time: on a machine shared with other work the wall time
 * also counts the waits for a core and for the disk, the CPU time only this process's own work.
 */
export function timed(work: () => unknown): Timing {
  const cpuStart = process.cpuUsage()
  const start = performance.now()
  work()
  const wall = performance.now() - start
  const cpu = process.cpuUsage(cpuStart)
  return { wall, cpu: (cpu.user + cpu.system) / 1000 }
}

export function timingText(timing: Timing): string {
  return `${timing.wall.toFixed(0)} ms (CPU ${timing.cpu.toFixed(0)} ms)`
}

export function ratio(a: number, b: number): string {
  return `${(a / b).toFixed(2)}x`
}
