import { describe, expect, it } from 'vitest'
import { DaftarError } from '../../src/shared/errors'
import { postEntry, reverseEntry, getEntry, saveDraft } from '../../src/main/engine/ledger/journal'
import { setLockDate } from '../../src/main/engine/company/lock-date'
import { accountId, tempCompany } from '../helpers/temp-company'

describe('journal entries', () => {
  it('posts a balanced entry with a number and keeps it final', async () => {
    const ctx = await tempCompany()
    const cash = accountId(ctx, '1110')
    const sales = accountId(ctx, '4100')
    const ref = postEntry(ctx, {
      date: '2026-01-05',
      reference: 'S1',
      lines: [
        { accountId: cash, debit: 1500n, credit: 0n },
        { accountId: sales, debit: 0n, credit: 1500n },
      ],
    })
    expect(ref.number).toBe('JE-A-000001')
    const entry = getEntry(ctx, ref.id)
    expect(entry.status).toBe('posted')
    expect(entry.lines.map((l) => l.debit)).toEqual([1500n, 0n])
    expect(() =>
      ctx.sqlite.prepare("UPDATE journal_entry SET memo = 'x' WHERE id = ?").run(ref.id),
    ).toThrow(/never change/)
    expect(() =>
      ctx.sqlite.prepare('DELETE FROM journal_line WHERE entry_id = ?').run(ref.id),
    ).toThrow(/never change/)
    const balance = ctx.sqlite
      .prepare('SELECT debit, credit FROM account_balance_day WHERE account_id = ?')
      .get(cash)
    expect(balance).toEqual({ debit: 1500n, credit: 0n })
  })

  it('refuses an unbalanced entry in the service and in the database', async () => {
    const ctx = await tempCompany()
    const cash = accountId(ctx, '1110')
    const sales = accountId(ctx, '4100')
    const lines = [
      { accountId: cash, debit: 1500n, credit: 0n },
      { accountId: sales, debit: 0n, credit: 1499n },
    ]
    expect(() => postEntry(ctx, { date: '2026-01-05', lines })).toThrow(/do not balance/)
    const { id } = saveDraft(ctx, { date: '2026-01-05', lines })
    expect(() =>
      ctx.sqlite
        .prepare(
          "UPDATE journal_entry SET status = 'posted', number = 'X', posted_at = 'now' WHERE id = ?",
        )
        .run(id),
    ).toThrow(/unbalanced/)
    expect(ctx.sqlite.prepare('SELECT count(*) AS n FROM account_balance_day').get()).toEqual({
      n: 0n,
    })
  })

  it('reverses an entry and refuses postings in a locked period', async () => {
    const ctx = await tempCompany()
    const cash = accountId(ctx, '1110')
    const rent = accountId(ctx, '6100')
    const ref = postEntry(ctx, {
      date: '2026-02-01',
      lines: [
        { accountId: rent, debit: 90000n, credit: 0n },
        { accountId: cash, debit: 0n, credit: 90000n },
      ],
    })
    const reversal = reverseEntry(ctx, ref.id, '2026-02-02')
    expect(getEntry(ctx, ref.id).reversedById).toBe(reversal.id)
    expect(() => reverseEntry(ctx, ref.id, '2026-02-03')).toThrow(/already been reversed/)
    setLockDate(ctx, '2026-02-28')
    try {
      postEntry(ctx, {
        date: '2026-02-28',
        lines: [
          { accountId: rent, debit: 1n, credit: 0n },
          { accountId: cash, debit: 0n, credit: 1n },
        ],
      })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(DaftarError)
      expect((error as DaftarError).code).toBe('period-locked')
    }
  })

  it('keeps rial amounts beyond 2^53 exact', async () => {
    const ctx = await tempCompany({ currency: 'IRR' })
    const bank = accountId(ctx, '1120')
    const capital = accountId(ctx, '3100')
    const big = 2n ** 53n + 7n
    postEntry(ctx, {
      date: '2026-03-01',
      lines: [
        { accountId: bank, debit: big, credit: 0n },
        { accountId: capital, debit: 0n, credit: big },
      ],
    })
    postEntry(ctx, {
      date: '2026-03-01',
      lines: [
        { accountId: bank, debit: big, credit: 0n },
        { accountId: capital, debit: 0n, credit: big },
      ],
    })
    const row = ctx.sqlite
      .prepare('SELECT debit FROM account_balance_day WHERE account_id = ?')
      .get(bank) as { debit: bigint }
    expect(row.debit).toBe(2n * big)
  })
})
