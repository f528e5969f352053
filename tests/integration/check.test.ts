import { describe, expect, it } from 'vitest'
import { checkCompany } from '../../src/main/engine/check/check-company'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { setLockDate } from '../../src/main/engine/company/lock-date'
import { generateDemo } from '../../src/main/engine/demo/generate-demo'
import { newId } from '../../src/main/engine/ids'
import { postEntry, saveDraft } from '../../src/main/engine/ledger/journal'
import { writePostedEntries } from '../../src/main/engine/ledger/posting'
import { accountId, tempCompany } from '../helpers/temp-company'

async function demoCompany(): Promise<CompanyContext> {
  const ctx = await tempCompany()
  generateDemo(ctx, { seed: 1, today: '2026-03-18' })
  expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  return ctx
}

/** Writes an entry and its lines with raw SQL, as a tool outside Daftar would. */
function rawPosted(ctx: CompanyContext, number: string, lines: [string, bigint, bigint][]): void {
  const id = newId()
  ctx.sqlite.exec('BEGIN')
  const insertLine = ctx.sqlite.prepare(
    "INSERT INTO journal_line (entry_id, line_no, account_id, date, debit, credit) VALUES (?, ?, ?, '2026-01-10', ?, ?)",
  )
  lines.forEach(([code, debit, credit], i) =>
    insertLine.run(id, i + 1, accountId(ctx, code), debit, credit),
  )
  ctx.sqlite
    .prepare(
      `INSERT INTO journal_entry (id, number, date, status, source, posted_at, created_at)
       VALUES (?, ?, '2026-01-10', 'posted', 'manual', 'now', 'now')`,
    )
    .run(id, number)
  ctx.sqlite.exec('COMMIT')
}

describe('company check', () => {
  it('passes a fresh company and an empty one', async () => {
    expect(checkCompany(await tempCompany({ chart: 'none' }))).toEqual({ ok: true, problems: [] })
    await demoCompany()
  })

  it('finds a kept balance changed behind the ledger', async () => {
    const ctx = await demoCompany()
    ctx.sqlite
      .prepare(
        "UPDATE account_balance_day SET debit = debit + 1 WHERE account_id = ? AND day = '2025-03-03'",
      )
      .run(accountId(ctx, '1110'))
    const { ok, problems } = checkCompany(ctx)
    expect(ok).toBe(false)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(
      /^The kept day balance of account 1110 for 2025-03-03 is debit \d+\.\d\d, credit 0\.00, but its posted lines sum to debit \d+\.\d\d, credit 0\.00$/,
    )
    ctx.sqlite
      .prepare(
        "UPDATE account_balance_month SET credit = credit + 1 WHERE account_id = ? AND month = '2025-04'",
      )
      .run(accountId(ctx, '4100'))
    expect(checkCompany(ctx).problems[1]).toMatch(
      /^The kept month balance of account 4100 for 2025-04 /,
    )
  })

  it('finds a draft counted in the balances', async () => {
    const ctx = await demoCompany()
    const cash = accountId(ctx, '1110')
    saveDraft(ctx, {
      date: '2025-06-02',
      lines: [
        { accountId: cash, debit: 700n, credit: 0n },
        { accountId: accountId(ctx, '4100'), debit: 0n, credit: 700n },
      ],
    })
    expect(checkCompany(ctx).ok).toBe(true)
    ctx.sqlite
      .prepare(
        "UPDATE account_balance_day SET debit = debit + 700 WHERE account_id = ? AND day = '2025-06-02'",
      )
      .run(cash)
    expect(checkCompany(ctx).problems.join('\n')).toMatch(/account 1110 for 2025-06-02/)
  })

  it('finds an unbalanced entry written after its guard trigger was dropped', async () => {
    const ctx = await demoCompany()
    ctx.sqlite.exec('DROP TRIGGER journal_entry_balanced_on_insert')
    rawPosted(ctx, 'X-1', [
      ['1110', 500n, 0n],
      ['4100', 0n, 400n],
    ])
    const { ok, problems } = checkCompany(ctx)
    expect(ok).toBe(false)
    expect(problems).toContain(
      'The database guard journal_entry_balanced_on_insert is missing: the file was changed outside Daftar',
    )
    expect(problems).toContain(
      'Posted entry X-1 of 2026-01-10 does not balance: debits 5.00, credits 4.00',
    )
    expect(problems).toContain('Posted entry X-1 of 2026-01-10 has no record in the change log')
    // Its lines never reached the kept balances either.
    expect(problems.filter((p) => p.startsWith('The kept day balance'))).toHaveLength(2)
  })

  it('finds the lines of a posted entry changed behind the ledger, balanced or not', async () => {
    const ctx = await tempCompany()
    const posted = postEntry(ctx, {
      date: '2026-01-10',
      lines: [
        { accountId: accountId(ctx, '1110'), debit: 500n, credit: 0n },
        { accountId: accountId(ctx, '4100'), debit: 0n, credit: 500n },
      ],
    })
    expect(checkCompany(ctx).ok).toBe(true)
    ctx.sqlite.exec('DROP TRIGGER journal_line_posted_no_update')
    ctx.sqlite
      .prepare('UPDATE journal_line SET debit = debit * 2, credit = credit * 2 WHERE entry_id = ?')
      .run(posted.id)
    const { ok, problems } = checkCompany(ctx)
    expect(ok).toBe(false)
    expect(problems).toContain(
      `The lines of entry ${posted.number} of 2026-01-10 differ from what was posted`,
    )
  })

  it('finds a posted entry without lines, and lines dated otherwise than their entry', async () => {
    const ctx = await demoCompany()
    ctx.sqlite.exec(
      'DROP TRIGGER journal_entry_balanced_on_insert; DROP TRIGGER journal_line_posted_no_update',
    )
    rawPosted(ctx, 'X-2', [])
    ctx.sqlite
      .prepare(
        "UPDATE journal_line SET date = '2025-01-01' WHERE entry_id = (SELECT id FROM journal_entry WHERE number = 'JE-A-000010')",
      )
      .run()
    const problems = checkCompany(ctx).problems
    expect(problems).toContain('Posted entry X-2 of 2026-01-10 has no lines')
    expect(
      problems.some((p) => /^Posted entry JE-A-000010 of .* has lines dated otherwise/.test(p)),
    ).toBe(true)
  })

  it('finds an entry posted into a period already locked', async () => {
    const ctx = await demoCompany()
    const cash = accountId(ctx, '1110')
    const sales = accountId(ctx, '4100')
    const lines = [
      { accountId: cash, debit: 100n, credit: 0n },
      { accountId: sales, debit: 0n, credit: 100n },
    ]
    setLockDate(ctx, '2025-12-31')
    setLockDate(ctx, null)
    postEntry(ctx, { date: '2025-12-30', reference: 'BEFORE', lines }) // lock lifted: allowed
    setLockDate(ctx, '2025-12-31')
    expect(checkCompany(ctx).ok).toBe(true)
    ctx.sqlite.exec('DROP TRIGGER journal_entry_lock_date_on_insert')
    ctx.transaction(() =>
      writePostedEntries(ctx, [
        { date: '2025-12-15', reference: 'SNEAKY', memo: '', lines, source: 'manual' },
      ]),
    )
    const problems = checkCompany(ctx).problems
    const { number } = ctx.sqlite
      .prepare("SELECT number FROM journal_entry WHERE reference = 'SNEAKY'")
      .get() as { number: string }
    expect(problems).toContain(
      `Entry ${number} of 2025-12-15 was posted while the books were locked up to 2025-12-31`,
    )
    expect(problems.filter((p) => p.includes('locked'))).toHaveLength(1)
  })

  it('finds lines pointing at an account that does not exist', async () => {
    const ctx = await demoCompany()
    ctx.sqlite.pragma('foreign_keys = OFF')
    ctx.sqlite.exec('DROP TRIGGER journal_line_posted_no_update')
    ctx.sqlite
      .prepare(
        "UPDATE journal_line SET account_id = 'gone' WHERE line_no = 1 AND entry_id = (SELECT id FROM journal_entry WHERE number = 'JE-A-000001')",
      )
      .run()
    const problems = checkCompany(ctx).problems
    expect(problems).toContain('A row of journal_line points to a missing row of account')
  })
})
