import { addDays, today as localToday } from '../../../shared/dates'
import type { EntryInput, PostedRef } from '../../../shared/domain/ledger'
import { DaftarError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { findAccountByCode } from '../ledger/accounts'
import { assertValidEntry, reverseEntry } from '../ledger/journal'
import { writePostedEntries, type ValidEntry } from '../ledger/posting'
import { planShopYear, type PlannedEntry } from './demo-plan'
import { addInventoryDemo } from './inventory-demo'
import { dice } from './prng'
import { addSalesDemo } from './sales-demo'
import { addMonthToDateDemo } from './month-to-date-demo'
import { addWholesalerDemo } from './wholesaler-demo'
import { generatePayrollDemo } from '../payroll/payroll-demo'

const SALES_SEED = 0x5a1e5
const PAYROLL_SEED = 0x9a7011
const MONTH_TO_DATE_SEED = 0x70da7

export interface DemoOptions {
  seed: number
  /**
   * The day the demo is made; default the real date. The year before its month is the same for
   * every day of the month; the month's own trade runs up to this day.
   */
  today?: string
}

/**
 * Currencies whose unit is worth far less than a dollar, so the demo's amounts look like a real
 * shop's there too: how many units to one demo "dollar". For currencies without decimals it is a
 * multiple of 100, so that cents convert exactly and every entry still balances.
 */
const UNITS_PER_DOLLAR: Record<string, bigint> = {
  IDR: 15_000n,
  INR: 80n,
  IQD: 1_300n,
  IRR: 50_000n,
  JPY: 100n,
  KRW: 1_300n,
  PKR: 280n,
  VND: 25_000n,
}

/**
 * Fills an empty company that has the standard chart with a small shop's books for the twelve
 * whole months before the current one, and its trade on account (customers, products, invoices,
 * payments, a credit note, quotes and orders) through the sales services, and a dozen employees
 * with three posted monthly payroll runs; then this month's trade up to today, with work waiting
 * (drafts, a bill falling due), so that the home page has something to show. The same seed on the
 * same day gives the same books: dates hang on that day, never on the clock's time of day.
 */
export function generateDemo(ctx: CompanyContext, options: DemoOptions): void {
  const today = options.today ?? localToday()
  const thisMonth = `${today.slice(0, 7)}-01`
  const from = `${Number(thisMonth.slice(0, 4)) - 1}${thisMonth.slice(4)}`
  const to = addDays(thisMonth, -1)
  const settings = ctx.settings()
  const minorPerCent =
    10n ** BigInt(settings.decimals) * (UNITS_PER_DOLLAR[settings.currency] ?? 1n)
  const accountIds = demoAccounts(ctx)
  // The last three months' wages are paid by the demo's payroll runs.
  const payrollFrom = monthsBefore(thisMonth, 3)
  const plan = planShopYear(from, to, dice(options.seed), payrollFrom)

  ctx.transaction(() => {
    if (ctx.q.first(ctx.db.selectFrom('journal_entry').select('id').limit(1)))
      throw new DaftarError('validation', 'The demo only fills a company that has no entries yet')
    const posted = new Map<string, PostedRef>()
    let batch: PlannedEntry[] = []
    const flush = () => {
      const entries = batch.map((planned) => toEntry(planned, accountIds, minorPerCent))
      for (const entry of entries) assertValidEntry(ctx, entry)
      writePostedEntries(ctx, entries).forEach((ref, i) => posted.set(batch[i]!.reference, ref))
      batch = []
    }
    for (const planned of plan) {
      if (planned.wholesaler || planned.stock) continue
      if (!planned.reverses) {
        batch.push(planned)
        continue
      }
      flush()
      reverseEntry(ctx, posted.get(planned.reverses)!.id, planned.date)
    }
    flush()
    // Its own dice, so the shop's journal stays what it was for each seed.
    addSalesDemo(ctx, { from, to, minorPerCent, dice: dice(options.seed ^ SALES_SEED) })
    addWholesalerDemo(
      ctx,
      plan.filter((planned) => planned.wholesaler),
      (cents) => (BigInt(cents) * minorPerCent) / 100n,
    )
    addInventoryDemo(
      ctx,
      plan.filter((planned) => planned.stock),
      { from, to, thisMonth, minorPerCent },
    )
    generatePayrollDemo(ctx, { seed: options.seed ^ PAYROLL_SEED, today: thisMonth })
    // Last, and on its own dice, so the year before stays the same whatever the day.
    const monthDice = dice(options.seed ^ MONTH_TO_DATE_SEED)
    addMonthToDateDemo(ctx, { thisMonth, today, minorPerCent, dice: monthDice })
  })
}

function monthsBefore(monthStart: string, months: number): string {
  const index = Number(monthStart.slice(0, 4)) * 12 + Number(monthStart.slice(5, 7)) - 1 - months
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`
}

function demoAccounts(ctx: CompanyContext): Map<string, string> {
  const codes = ['1110', '1120', '1300', '2150', '2400', '3100', '3900', '4100', '5100']
  codes.push('6100', '6200', '6300', '6400', '6500', '6600', '6900')
  const ids = new Map<string, string>()
  for (const code of codes) {
    const account = findAccountByCode(ctx, code)
    if (!account || account.archived)
      throw new DaftarError(
        'validation',
        `The demo needs the standard chart of accounts, and account ${code} is missing or archived`,
      )
    ids.set(code, account.id)
  }
  return ids
}

function toEntry(
  planned: PlannedEntry,
  accountIds: Map<string, string>,
  minorPerCent: bigint,
): ValidEntry & EntryInput {
  const minor = (cents: number) => (BigInt(cents) * minorPerCent) / 100n // exact: see above
  return {
    date: planned.date,
    reference: planned.reference,
    memo: planned.memo,
    source: 'demo',
    lines: planned.lines.map(([code, debit, credit]) => ({
      accountId: accountIds.get(code)!,
      debit: minor(debit),
      credit: minor(credit),
    })),
  }
}
