import { isIsoDate } from '../../../shared/dates'
import type { AgeingRow, ReceivablesAgeing } from '../../../shared/domain/receivables'
import { validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { assertDate, reportHeader } from '../reports/report-header'
import type { Side } from './open-items'

export const DEFAULT_BUCKETS = [30, 60, 90]

/**
 * What each customer owed as of `asOf`, by how long past due: current (not yet due), then one
 * bucket per limit in days (1-30, 31-60, 61-90), then the rest (90+). Reads only the items open
 * on that day, through the open-item index, so it costs what is open, not what was ever sold.
 */
export function receivablesAgeing(
  ctx: CompanyContext,
  query: { asOf: string; buckets?: number[]; contactId?: string },
): ReceivablesAgeing {
  return openItemAgeing(ctx, query, 'receivable')
}

/** The ageing of either side's open items: what customers owe us, or what we owe suppliers. */
export function openItemAgeing(
  ctx: CompanyContext,
  query: { asOf: string; buckets?: number[]; contactId?: string },
  side: Side,
): ReceivablesAgeing {
  assertDate('asOf', query.asOf)
  const limits = query.buckets ?? DEFAULT_BUCKETS
  limits.forEach((limit, index) => {
    if (!Number.isInteger(limit) || limit < 1 || (index > 0 && limit <= limits[index - 1]!))
      throw validationError('buckets', 'Bucket limits are whole days, rising: for example 30,60,90')
  })
  const labels = ['Current']
  limits.forEach((limit, index) =>
    labels.push(`${index === 0 ? 1 : limits[index - 1]! + 1}-${limit}`),
  )
  labels.push(`${limits.at(-1) ?? 0}+`)

  const rows = ctx.sqlite
    .prepare(
      `SELECT i.contact_id AS contactId, c.name AS contactName, i.due_date AS dueDate,
         i.amount - coalesce((SELECT sum(s.amount) FROM ${side}_settlement s
                              WHERE s.item_id = i.id AND s.date <= ?), 0) AS open
       FROM ${side}_item i JOIN contact c ON c.id = i.contact_id
       WHERE coalesce(i.closed_on, '9999-12-31') > ? AND i.date <= ?
         AND (? IS NULL OR i.contact_id = ?)`,
    )
    .all(query.asOf, query.asOf, query.asOf, query.contactId ?? null, query.contactId ?? null) as {
    contactId: string
    contactName: string
    dueDate: string
    open: bigint
  }[]
  const asOfDay = dayNumber(query.asOf)
  const byContact = new Map<string, AgeingRow>()
  for (const row of rows) {
    if (row.open === 0n) continue
    let out = byContact.get(row.contactId)
    if (!out) {
      out = {
        contactId: row.contactId,
        contactName: row.contactName,
        amounts: labels.map(() => 0n),
        total: 0n,
      }
      byContact.set(row.contactId, out)
    }
    const late = asOfDay - dayNumber(row.dueDate)
    const bucket = late <= 0 ? 0 : 1 + countBelow(limits, late)
    out.amounts[bucket] = out.amounts[bucket]! + row.open
    out.total += row.open
  }
  const sorted = [...byContact.values()].sort(
    (a, b) => a.contactName.localeCompare(b.contactName) || a.contactId.localeCompare(b.contactId),
  )
  const totals = labels.map((_, index) =>
    sorted.reduce((sum, row) => sum + row.amounts[index]!, 0n),
  )
  return {
    ...reportHeader(ctx),
    asOf: query.asOf,
    buckets: labels,
    rows: sorted,
    totals,
    total: totals.reduce((sum, amount) => sum + amount, 0n),
  }
}

/** How many limits the days late are past: 0 for 1-30 when the first limit is 30. */
function countBelow(limits: number[], late: number): number {
  let index = 0
  while (index < limits.length && late > limits[index]!) index++
  return index
}

function dayNumber(date: string): number {
  if (!isIsoDate(date)) throw validationError('date', `${date} is not a real date`)
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000)
}
