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

/**
 * Medians of `runs` timings of `a` and of `b`, taken turn about (after one warm-up each), so that
 * a busy spell on a shared machine slows both alike instead of one of them.
 */
export function alternateMediansMs(
  a: () => unknown,
  b: () => unknown,
  runs: number,
): [number, number] {
  a()
  b()
  const timesA: number[] = []
  const timesB: number[] = []
  const time = (work: () => unknown, times: number[]) => {
    const start = performance.now()
    work()
    times.push(performance.now() - start)
  }
  for (let i = 0; i < runs; i++) {
    time(a, timesA)
    time(b, timesB)
  }
  const median = (list: number[]) => list.sort((x, y) => x - y)[Math.floor(list.length / 2)]!
  return [median(timesA), median(timesB)]
}
