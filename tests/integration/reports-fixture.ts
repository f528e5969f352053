import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { assertValidEntry } from '../../src/main/engine/ledger/journal'
import { writePostedEntries } from '../../src/main/engine/ledger/posting'
import type { PostedRef } from '../../src/shared/domain/ledger'
import { accountId } from '../helpers/temp-company'

/** [account code, debit, credit] in minor units. */
export type Line = [string, bigint, bigint]

/**
 * Posts through the ledger's own posting path, as documents do: these ledgers put amounts on the
 * receivables, payables and inventory control accounts, which a hand-made journal may not touch.
 */
export function post(ctx: CompanyContext, date: string, lines: Line[], reference = ''): PostedRef {
  const entry = {
    date,
    reference,
    memo: '',
    source: 'manual',
    lines: lines.map(([code, debit, credit]) => ({
      accountId: accountId(ctx, code),
      debit,
      credit,
    })),
  }
  return ctx.transaction(() => {
    assertValidEntry(ctx, entry)
    return writePostedEntries(ctx, [entry])[0]!
  })
}

/** One amount moved between two accounts: debited to one, credited to the other. */
export function postAmount(
  ctx: CompanyContext,
  date: string,
  amount: bigint,
  accounts: { debit: string; credit: string },
  reference = '',
): PostedRef {
  return post(
    ctx,
    date,
    [
      [accounts.debit, amount, 0n],
      [accounts.credit, 0n, amount],
    ],
    reference,
  )
}

/**
 * A small ledger whose reports are worked out by hand in the tests (USD cents, fiscal year from
 * 1 January): 2025 is a closed-off earlier year that was never closed to equity.
 */
export function postKnownLedger(ctx: CompanyContext): void {
  postAmount(ctx, '2025-03-10', 100000n, { debit: '1110', credit: '3100' }, 'capital')
  postAmount(ctx, '2025-06-15', 30000n, { debit: '1110', credit: '4100' }, 'cash sale')
  postAmount(ctx, '2025-11-30', 12000n, { debit: '6100', credit: '1110' }, 'rent nov')
  postAmount(ctx, '2026-01-31', 50000n, { debit: '1200', credit: '4100' }, 'invoice')
  postAmount(ctx, '2026-02-01', 12000n, { debit: '6100', credit: '1120' }, 'rent feb')
  postAmount(ctx, '2026-02-28', 40000n, { debit: '1120', credit: '1200' }, 'payment')
  postAmount(ctx, '2026-03-01', 2500n, { debit: '6300', credit: '2100' }, 'power bill')
}
