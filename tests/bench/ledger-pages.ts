import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { listEntries } from '../../src/main/engine/ledger/journal-list'
import { generalLedger } from '../../src/main/engine/reports/general-ledger'
import { medianMs, type BenchRow } from './measure'

const PAGE = 200

/**
 * The long lists' first and last pages of 200: the journal list (newest first) and one account's
 * ledger lines (the account with the most lines), the last page read straight from the end as the
 * End key reads it, and a page read on from a key deep in the list as scrolling reads it.
 */
export function listPageRows(ctx: CompanyContext): BenchRow[] {
  const entries = listEntries(ctx, { offset: 0, limit: 1 }).total
  const journalFirst = medianMs(() => listEntries(ctx, { offset: 0, limit: PAGE }), 21)
  const journalLast = medianMs(() => listEntries(ctx, { offset: 0, limit: PAGE, last: true }), 21)

  const busiest = ctx.q.first(
    ctx.db
      .selectFrom('journal_line')
      .select((eb) => ['account_id', eb.fn.countAll<bigint>().as('n')])
      .groupBy('account_id')
      .orderBy('n', 'desc'),
  )!
  const period = { from: '1900-01-01', to: '2999-12-31', accountId: busiest.account_id }
  const lines = Number(busiest.n)
  const ledgerOpen = medianMs(() => generalLedger(ctx, { ...period, limit: PAGE }), 21)
  const ledgerFirst = medianMs(
    () => generalLedger(ctx, { ...period, limit: PAGE, after: null }),
    21,
  )
  const ledgerLast = medianMs(() => generalLedger(ctx, { ...period, limit: PAGE, last: true }), 21)
  const deep = generalLedger(ctx, { ...period, limit: PAGE, last: true }).accounts[0]!.lines[0]!
  const key = { date: deep.date, number: deep.number, lineNo: deep.lineNo }
  const ledgerBefore = medianMs(
    () => generalLedger(ctx, { ...period, limit: PAGE, before: key }),
    21,
  )
  const ofLines = `one account with ${lines.toLocaleString('en')} lines`
  return [
    {
      name: `journal list, first page of ${PAGE} entries of ${entries.toLocaleString('en')}`,
      value: `${journalFirst.toFixed(2)} ms`,
    },
    { name: `journal list, last page (End key)`, value: `${journalLast.toFixed(2)} ms` },
    {
      name: 'journal list, last / first page',
      value: `${(journalLast / journalFirst).toFixed(2)}x`,
      target: '<= 2x',
      pass: journalLast / journalFirst <= 2,
    },
    {
      name: `general ledger, ${ofLines}: totals, line count and first page`,
      value: `${ledgerOpen.toFixed(2)} ms`,
    },
    {
      name: `general ledger, first page of ${ofLines}`,
      value: `${ledgerFirst.toFixed(2)} ms`,
    },
    { name: `general ledger, last page of ${ofLines}`, value: `${ledgerLast.toFixed(2)} ms` },
    {
      name: 'general ledger, the page before the last (by key)',
      value: `${ledgerBefore.toFixed(2)} ms`,
    },
    {
      name: 'general ledger, last / first page',
      value: `${(ledgerLast / ledgerFirst).toFixed(2)}x`,
      target: '<= 2x',
      pass: ledgerLast / ledgerFirst <= 2,
    },
  ]
}
