import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkCompany } from '../../src/main/engine/check/check-company'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { setLockDate } from '../../src/main/engine/company/lock-date'
import { importJournal } from '../../src/main/engine/import/import-journal'
import { setAccountArchived } from '../../src/main/engine/ledger/accounts'
import { getEntry } from '../../src/main/engine/ledger/journal'
import { booksSnapshot } from '../fixtures/books'
import { accountId, tempCompany } from '../helpers/temp-company'
import { problemLines } from '../helpers/import-problems'

const HEADER = 'date,reference,account,debit,credit,memo'
const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../fixtures/csv', name))
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n'

/** Imports `input` expecting a refusal, and checks that the books did not move. */
function refusedImport(ctx: CompanyContext, input: string | Uint8Array) {
  const before = booksSnapshot(ctx.path)
  const result = importJournal(ctx, input)
  expect(result.created).toBe(0)
  expect(result.problems.length).toBeGreaterThan(0)
  expect(booksSnapshot(ctx.path)).toBe(before)
  return result.problems
}

describe('journal import', () => {
  it('posts every entry in one go, grouping lines by date and reference', async () => {
    const ctx = await tempCompany()
    const result = importJournal(ctx, fixture('journal.csv'))
    expect(result).toEqual({ dryRun: false, rows: 6, created: 3, problems: [] })
    const entries = ctx.sqlite
      .prepare('SELECT id, number, reference, memo, source FROM journal_entry ORDER BY number')
      .all() as { id: string; number: string; reference: string; memo: string; source: string }[]
    expect(entries.map((e) => [e.number, e.reference, e.source])).toEqual([
      ['JE-A-000001', 'S-1', 'import'],
      ['JE-A-000002', 'P-1', 'import'],
      ['JE-A-000003', 'R-1', 'import'],
    ])
    expect(entries[1]!.memo).toBe('Stock, from Ali & Sons')
    const rent = getEntry(ctx, entries[2]!.id)
    expect(rent.lines.map((l) => [l.accountCode, l.debit, l.credit, l.memo])).toEqual([
      ['6100', 90000n, 0n, 'Rent for January,\npaid by transfer'],
      ['1120', 0n, 90000n, 'Rent'],
    ])
    expect(rent.memo).toBe('')
    const purchase = getEntry(ctx, entries[1]!.id)
    expect(purchase.lines.map((l) => l.debit + l.credit)).toEqual([8050n, 8050n])
    const posts = ctx.sqlite
      .prepare("SELECT count(*) AS n FROM change_log WHERE operation = 'post'")
      .get() as { n: bigint }
    expect(posts.n).toBe(3n)
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
  })

  it('joins lines of one entry that are not next to each other, in file order', async () => {
    const ctx = await tempCompany()
    const result = importJournal(
      ctx,
      csv(
        '2026-01-05,A,1110,10,,first',
        '2026-01-05,B,1120,20,,other entry',
        '2026-01-06,A,4100,,99,same reference on another day is another entry',
        '2026-01-05,A,4100,,10,back to A',
        '2026-01-05,B,4100,,20,',
        '2026-01-06,A,1110,99,,',
      ),
    )
    expect(result.problems).toEqual([])
    expect(result.created).toBe(3)
    const lines = ctx.sqlite
      .prepare(
        `SELECT e.number, e.date, l.line_no, l.memo FROM journal_line l
         JOIN journal_entry e ON e.id = l.entry_id ORDER BY e.number, l.line_no`,
      )
      .all()
    expect(lines).toEqual([
      { number: 'JE-A-000001', date: '2026-01-05', line_no: 1n, memo: 'first' },
      { number: 'JE-A-000001', date: '2026-01-05', line_no: 2n, memo: 'back to A' },
      { number: 'JE-A-000002', date: '2026-01-05', line_no: 1n, memo: 'other entry' },
      { number: 'JE-A-000002', date: '2026-01-05', line_no: 2n, memo: '' },
      {
        number: 'JE-A-000003',
        date: '2026-01-06',
        line_no: 1n,
        memo: 'same reference on another day is another entry',
      },
      { number: 'JE-A-000003', date: '2026-01-06', line_no: 2n, memo: '' },
    ])
  })

  it('checks everything and writes nothing on a dry run', async () => {
    const ctx = await tempCompany()
    const before = booksSnapshot(ctx.path)
    expect(importJournal(ctx, fixture('journal.csv'), { dryRun: true })).toEqual({
      dryRun: true,
      rows: 6,
      created: 3,
      problems: [],
    })
    expect(booksSnapshot(ctx.path)).toBe(before)
    const bad = importJournal(ctx, fixture('journal-bad.csv'), { dryRun: true })
    expect(bad.dryRun).toBe(true)
    expect(bad.problems.length).toBeGreaterThan(0)
    expect(booksSnapshot(ctx.path)).toBe(before)
  })

  it('lists every bad line of a file with the field and the reason, and writes nothing', async () => {
    const ctx = await tempCompany()
    const problems = refusedImport(ctx, fixture('journal-bad.csv'))
    expect(problemLines(problems)).toEqual([
      'line 2, date: 2026-02-30 is not a real date (YYYY-MM-DD)',
      'line 2: Entry B-1 of 2026-02-30 (line 2): an entry needs at least two lines',
      'line 3, account: No account has the code 9999',
      'line 4, credit: ten is not a number (write it like 1234.56, without thousands separators)',
      'line 5, debit: -5 cannot be negative: put the amount in the other column instead',
      'line 6, credit: 5.001 has more than 2 decimals, the most this currency has',
      'line 7, debit: Enter either a debit or a credit on each line',
      'line 8, debit: Enter either a debit or a credit on each line',
      'line 9: Entry B-5 of 2026-03-04 (lines 9, 10): debits 10.00 and credits 9.99 do not balance',
    ])
  })

  it('refuses a file whose header is wrong or missing, naming the expected columns', async () => {
    const ctx = await tempCompany()
    expect(
      problemLines(
        refusedImport(ctx, 'date,ref,account,debit,credit,memo\n2026-01-01,X,1110,1,,\n'),
      ),
    ).toEqual(['line 1, header: ref: not a column; did you mean reference?'])
    expect(
      problemLines(refusedImport(ctx, '2026-01-01,X,1110,1,,\n2026-01-01,X,4100,,1,\n')),
    ).toEqual([
      'line 1, header: The first line must be the header date,reference,account,debit,credit,memo (in any order; required: date, reference, account, debit, credit)',
    ])
  })

  it('reads the columns in any order and case, with Windows line ends and a BOM', async () => {
    const ctx = await tempCompany()
    const text =
      '\uFEFFReference,Date,Account,Credit,Debit,Memo\r\nX,2026-01-01,1110,,1.5,\r\nX,2026-01-01,4100,1.5,,\r\n'
    expect(importJournal(ctx, Buffer.from(text, 'utf8'))).toMatchObject({
      created: 1,
      problems: [],
    })
    expect(
      ctx.sqlite
        .prepare('SELECT debit, credit FROM account_balance_day WHERE account_id = ?')
        .get(accountId(ctx, '1110')),
    ).toEqual({ debit: 150n, credit: 0n })
  })

  it('refuses an empty file, a header alone, and rows with the wrong number of fields', async () => {
    const ctx = await tempCompany()
    expect(problemLines(refusedImport(ctx, ''))).toEqual(['line 1: The file is empty'])
    expect(problemLines(refusedImport(ctx, '\n  \n'))).toEqual(['line 1: The file is empty'])
    expect(problemLines(refusedImport(ctx, `${HEADER}\n`))).toEqual([
      'line 2: The file has a header but no rows to import',
    ])
    expect(
      problemLines(refusedImport(ctx, csv('2026-01-01,X,1110,1,', '2026-01-01,X,4100,,1,,'))),
    ).toEqual([
      'line 2: Expected 6 fields (date,reference,account,debit,credit,memo), found 5',
      'line 3: Expected 6 fields (date,reference,account,debit,credit,memo), found 7',
    ])
  })

  it('refuses a binary file: NUL bytes, or bytes that are not UTF-8', async () => {
    const ctx = await tempCompany()
    const [nul] = refusedImport(ctx, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x0a]))
    expect(nul!.message).toMatch(/binary data/)
    const [latin1] = refusedImport(
      ctx,
      Buffer.from(`${HEADER}\n2026-01-01,X,1110,1,,caf\xe9\n`, 'latin1'),
    )
    expect(latin1!.message).toMatch(/not UTF-8/)
  })

  it('refuses a date on or before the lock date, naming the entry', async () => {
    const ctx = await tempCompany()
    setLockDate(ctx, '2026-01-31')
    expect(
      problemLines(
        refusedImport(
          ctx,
          csv(
            '2026-01-31,L,1110,1,,',
            '2026-01-31,L,4100,,1,',
            '2026-02-01,M,1110,1,,',
            '2026-02-01,M,4100,,1,',
          ),
        ),
      ),
    ).toEqual([
      'line 2, date: Entry L of 2026-01-31 (lines 2, 3): the books are locked up to 2026-01-31; 2026-01-31 is on or before that',
    ])
  })

  it('refuses postings to an archived account', async () => {
    const ctx = await tempCompany()
    setAccountArchived(ctx, accountId(ctx, '6900'), true)
    expect(
      problemLines(refusedImport(ctx, csv('2026-01-02,X,6900,1,,', '2026-01-02,X,1110,,1,'))),
    ).toEqual(['line 2, account: Account 6900 is archived'])
  })

  it('respects the currency: no decimals in rials, three in dinars', async () => {
    const rials = await tempCompany({ currency: 'IRR' })
    expect(refusedImport(rials, csv('2026-01-02,X,1110,1.5,,', '2026-01-02,X,4100,,1.5,'))).toEqual(
      [
        { line: 2, field: 'debit', message: '1.5 cannot have decimals in this currency' },
        { line: 3, field: 'credit', message: '1.5 cannot have decimals in this currency' },
      ],
    )
    // Past 2^53: rial balances do get that large.
    const huge = '90071992547409930'
    expect(
      importJournal(rials, csv(`2026-01-02,X,1110,${huge},,`, `2026-01-02,X,4100,,${huge},`))
        .problems,
    ).toEqual([])
    const { debit } = rials.sqlite
      .prepare('SELECT debit FROM account_balance_month WHERE account_id = ?')
      .get(accountId(rials, '1110')) as { debit: bigint }
    expect(debit).toBe(90071992547409930n)

    const dinars = await tempCompany({ currency: 'KWD' })
    expect(
      importJournal(dinars, csv('2026-01-02,X,1110,1.125,,', '2026-01-02,X,4100,,1.125,')).problems,
    ).toEqual([])
  })

  it('imports tens of thousands of lines and leaves books that pass the check', async () => {
    const ctx = await tempCompany()
    const rows: string[] = []
    for (let i = 0; i < 10_000; i++) {
      const day = `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`
      rows.push(
        `${day},B${i},1110,${i + 1}.25,,`,
        `${day},B${i},4100,,${i}.25,`,
        `${day},B${i},4200,,1,`,
      )
    }
    expect(importJournal(ctx, csv(...rows))).toMatchObject({
      rows: 30_000,
      created: 10_000,
      problems: [],
    })
    expect(checkCompany(ctx)).toEqual({ ok: true, problems: [] })
    const { n } = ctx.sqlite
      .prepare(
        "SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('journal_entry', 'journal_line', 'change_log')",
      )
      .get() as { n: bigint }
    expect(n).toBe(11n)
  })
})
