import { addDays } from '../../../shared/dates'
import type { DashboardOpenItems, OverdueContact } from '../../../shared/domain/dashboard'
import type { CompanyContext } from '../company/company-context'
import { openItemAgeing } from '../receivables/ageing'
import type { Side } from '../receivables/open-items'

const MOST_OVERDUE = 5
/** Bills due from today to this many days ahead count as due soon. */
export const DUE_SOON_DAYS = 7

/**
 * One side's open items as of `today`, taken from its ageing report (the total, and overdue as
 * everything past the Current bucket), so each figure equals what the report shows that day.
 */
export function openItemFigures(
  ctx: CompanyContext,
  today: string,
  side: Side,
): DashboardOpenItems {
  const ageing = openItemAgeing(ctx, { asOf: today }, side)
  const late: OverdueContact[] = ageing.rows
    .map((row) => ({
      contactId: row.contactId,
      contactName: row.contactName,
      overdue: row.total - (row.amounts[0] ?? 0n),
      total: row.total,
    }))
    .filter((row) => row.overdue > 0n)
    .sort(
      (a, b) =>
        (a.overdue > b.overdue ? -1 : a.overdue < b.overdue ? 1 : 0) ||
        a.contactName.localeCompare(b.contactName),
    )
  return {
    total: ageing.total,
    overdue: ageing.total - (ageing.totals[0] ?? 0n),
    overdueContacts: late.length,
    mostOverdue: late.slice(0, MOST_OVERDUE),
  }
}

// Open bills due in the window, through the open-item index: only what is open today is read.
const DUE_SOON = `
SELECT count(*) AS count, coalesce(sum(open), 0) AS amount FROM (
  SELECT i.amount - coalesce((SELECT sum(s.amount) FROM payable_settlement s
                              WHERE s.item_id = i.id AND s.date <= :today), 0) AS open
  FROM payable_item i
  WHERE coalesce(i.closed_on, '9999-12-31') > :today AND i.date <= :today
    AND i.due_date >= :today AND i.due_date <= :until
    AND i.document_id IS NOT NULL AND i.amount > 0)
WHERE open <> 0`

/** What is owed on bills falling due from `today` to `DUE_SOON_DAYS` later, and on how many. */
export function billsDueSoon(
  ctx: CompanyContext,
  today: string,
): { dueSoon: bigint; dueSoonCount: number; dueSoonUntil: string } {
  const until = addDays(today, DUE_SOON_DAYS)
  const row = ctx.q.prepare(DUE_SOON).get({ today, until }) as { count: bigint; amount: bigint }
  return { dueSoon: row.amount, dueSoonCount: Number(row.count), dueSoonUntil: until }
}
