import { performance } from 'node:perf_hooks'

/** Runs `work` `runs` times (after one warm-up when runs > 1) and returns the median in ms. */
export function medianMs(work: () => unknown, runs = 5): number {
  if (runs > 1) work()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    work()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]!
}

export async function onceMs(work: () => unknown): Promise<number> {
  const start = performance.now()
  await work()
  return performance.now() - start
}

export interface BenchRow {
  name: string
  value: string
  target?: string
  pass?: boolean
}

export function printTable(title: string, rows: BenchRow[]): void {
  console.log(`\n${title}`)
  const width = Math.max(...rows.map((row) => row.name.length))
  for (const row of rows) {
    const verdict = row.pass === undefined ? '' : row.pass ? '  ok' : '  MISSED'
    console.log(
      `  ${row.name.padEnd(width)}  ${row.value}${row.target ? `  (target ${row.target})` : ''}${verdict}`,
    )
  }
}
