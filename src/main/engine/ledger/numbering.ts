import type { CompanyContext } from '../company/company-context'

/**
 * Document numbers people see: `<SERIES>-<device prefix>-<000001>`. Each device counts on its own,
 * so offline devices never hand out the same number. Reserves `count` numbers in one write.
 */
export function reserveNumbers(ctx: CompanyContext, series: string, count: number): string[] {
  const prefix = localDevicePrefix(ctx)
  const row = ctx.q.first(
    ctx.db
      .insertInto('number_series')
      .values({ series, prefix, next_value: BigInt(count) + 1n })
      .onConflict((oc) =>
        oc
          .columns(['series', 'prefix'])
          .doUpdateSet((eb) => ({ next_value: eb('next_value', '+', BigInt(count)) })),
      )
      .returning('next_value'),
  )
  const first = Number(row!.next_value) - count
  return Array.from(
    { length: count },
    (_, i) => `${series}-${prefix}-${String(first + i).padStart(6, '0')}`,
  )
}

function localDevicePrefix(ctx: CompanyContext): string {
  const row = ctx.q.first(
    ctx.db.selectFrom('device').select('prefix').where('id', '=', ctx.deviceId),
  )
  return row?.prefix ?? 'A'
}
