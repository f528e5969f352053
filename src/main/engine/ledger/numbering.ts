import type { CompanyContext } from '../company/company-context'

// One round trip, prepared once: the device's prefix ('A' when it has none) and the series'
// counter moved on by `count`, read back. Every posted document and entry takes numbers here.
const RESERVE = `INSERT INTO number_series (series, prefix, next_value)
  VALUES (?, coalesce((SELECT prefix FROM device WHERE id = ?), 'A'), ? + 1)
  ON CONFLICT (series, prefix) DO UPDATE SET next_value = next_value + excluded.next_value - 1
  RETURNING prefix, next_value`

/**
 * Document numbers people see: `<SERIES>-<device prefix>-<000001>`. Each device counts on its own,
 * so offline devices never hand out the same number. Reserves `count` numbers in one write.
 */
export function reserveNumbers(ctx: CompanyContext, series: string, count: number): string[] {
  const row = ctx.q.prepare(RESERVE).get(series, ctx.deviceId, BigInt(count)) as {
    prefix: string
    next_value: bigint
  }
  const first = Number(row.next_value) - count
  return Array.from(
    { length: count },
    (_, i) => `${series}-${row.prefix}-${String(first + i).padStart(6, '0')}`,
  )
}
