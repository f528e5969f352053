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

/**
 * A small ledger whose reports are worked out by hand in the tests (USD cents, fiscal year from
 * 1 January): 2025 is a closed-off earlier year that was never closed to equity.
 */
export function postKnownLedger(ctx: CompanyContext): void {
  post(
    ctx,
    '2025-03-10',
    [
      ['1110', 100000n, 0n],
      ['3100', 0n, 100000n],
    ],
    'capital',
  )
  post(
    ctx,
    '2025-06-15',
    [
      ['1110', 30000n, 0n],
      ['4100', 0n, 30000n],
    ],
    'cash sale',
  )
  post(
    ctx,
    '2025-11-30',
    [
      ['6100', 12000n, 0n],
      ['1110', 0n, 12000n],
    ],
    'rent nov',
  )
  post(
    ctx,
    '2026-01-31',
    [
      ['1200', 50000n, 0n],
      ['4100', 0n, 50000n],
    ],
    'invoice',
  )
  post(
    ctx,
    '2026-02-01',
    [
      ['6100', 12000n, 0n],
      ['1120', 0n, 12000n],
    ],
    'rent feb',
  )
  post(
    ctx,
    '2026-02-28',
    [
      ['1120', 40000n, 0n],
      ['1200', 0n, 40000n],
    ],
    'payment',
  )
  post(
    ctx,
    '2026-03-01',
    [
      ['6300', 2500n, 0n],
      ['2100', 0n, 2500n],
    ],
    'power bill',
  )
}
