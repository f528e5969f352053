import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { listAccounts } from '../../src/main/engine/ledger/accounts'
import { CONTROL_ACCOUNTS } from '../../src/main/engine/ledger/control-accounts'
import { postEntry, reverseEntry } from '../../src/main/engine/ledger/journal'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { tempCompany } from '../helpers/temp-company'

type Action =
  | { kind: 'post'; day: number; lines: { account: number; amount: bigint; debit: boolean }[] }
  | { kind: 'reverse'; pick: number; day: number }

// Amounts reach past 2^53 so that any rounding through a JavaScript number would show.
const amount = fc.oneof(
  fc.bigInt({ min: 1n, max: 10_000n }),
  fc.bigInt({ min: 2n ** 53n, max: 2n ** 56n }),
)
const postAction = fc.record({
  kind: fc.constant('post' as const),
  day: fc.integer({ min: 0, max: 800 }),
  lines: fc.array(fc.record({ account: fc.nat(), amount, debit: fc.boolean() }), {
    minLength: 1,
    maxLength: 5,
  }),
})
const reverseAction = fc.record({
  kind: fc.constant('reverse' as const),
  pick: fc.nat(),
  day: fc.integer({ min: 0, max: 800 }),
})
const actions = fc.array(
  fc.oneof({ weight: 4, arbitrary: postAction }, { weight: 1, arbitrary: reverseAction }),
  {
    maxLength: 40,
  },
)

function dayToDate(day: number): string {
  return new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString().slice(0, 10)
}

/** Turns generated one-sided lines into a balanced entry by adding the balancing line. */
function balancedLines(accountIds: string[], lines: Extract<Action, { kind: 'post' }>['lines']) {
  const built = lines.map((line) => ({
    accountId: accountIds[line.account % accountIds.length]!,
    debit: line.debit ? line.amount : 0n,
    credit: line.debit ? 0n : line.amount,
  }))
  const difference = built.reduce((sum, line) => sum + line.debit - line.credit, 0n)
  if (difference === 0n) return built
  const balancing = accountIds[(lines[0]!.account + 1) % accountIds.length]!
  return [
    ...built,
    {
      accountId: balancing,
      debit: difference < 0n ? -difference : 0n,
      credit: difference > 0n ? difference : 0n,
    },
  ]
}

function assertInvariants(ctx: CompanyContext): void {
  const q = (sql: string) => ctx.sqlite.prepare(sql).all() as Record<string, bigint | string>[]
  const totals = ctx.sqlite
    .prepare(
      `SELECT coalesce(sum(l.debit), 0) AS debit, coalesce(sum(l.credit), 0) AS credit
       FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id WHERE e.status = 'posted'`,
    )
    .get() as { debit: bigint; credit: bigint }
  expect(totals.debit).toBe(totals.credit)

  for (const [table, period] of [
    ['account_balance_day', 'l.date'],
    ['account_balance_month', 'substr(l.date, 1, 7)'],
  ] as const) {
    const fromLines = q(
      `SELECT l.account_id, ${period} AS period, sum(l.debit) AS debit, sum(l.credit) AS credit
       FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id WHERE e.status = 'posted'
       GROUP BY 1, 2 ORDER BY 1, 2`,
    )
    const periodColumn = table === 'account_balance_day' ? 'day' : 'month'
    const kept = q(
      `SELECT account_id, ${periodColumn} AS period, debit, credit FROM ${table} ORDER BY 1, 2`,
    )
    expect(kept).toEqual(fromLines)
  }
}

describe('ledger invariants under any sequence of postings and reversals', () => {
  it('keeps debits equal to credits and every kept balance equal to the sum of its lines', async () => {
    await fc.assert(
      fc.asyncProperty(actions, async (sequence) => {
        const ctx = await tempCompany({ currency: 'IRR' })
        try {
          const accountIds = listAccounts(ctx)
            .filter((account) => !Object.hasOwn(CONTROL_ACCOUNTS, account.code))
            .map((account) => account.id)
          const posted: string[] = []
          for (const action of sequence) {
            if (action.kind === 'post') {
              posted.push(
                postEntry(ctx, {
                  date: dayToDate(action.day),
                  lines: balancedLines(accountIds, action.lines),
                }).id,
              )
            } else if (posted.length > 0) {
              const target = posted[action.pick % posted.length]!
              try {
                reverseEntry(ctx, target, dayToDate(action.day))
              } catch (error) {
                // Reversing twice, reversing a reversal or dating it before the original is refused by design.
                expect(String(error)).toMatch(
                  /already been reversed|itself a reversal|cannot be dated before/,
                )
              }
            }
          }
          assertInvariants(ctx)
        } finally {
          ctx.close()
        }
      }),
      { numRuns: 60 },
    )
  })
})
