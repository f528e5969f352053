import fs from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { openCompany } from '../../src/main/engine/company/company-file'
import { setLockDate } from '../../src/main/engine/company/lock-date'
import { setAccountArchived } from '../../src/main/engine/ledger/accounts'
import { booksSnapshot } from '../fixtures/books'
import { runCli, startCli } from '../fixtures/run-cli'
import { accountId, tempDir } from '../helpers/temp-company'

const FIXTURES = path.resolve(__dirname, '../fixtures/csv')
const HEADER = 'date,reference,account,debit,credit,memo'

/** A user's mistake: exit 1 or 2, one message on stderr, and never a stack trace. */
function expectRefusal(run: { code: number | null; stderr: string }, pattern: RegExp): void {
  expect(run.code === 1 || run.code === 2).toBe(true)
  expect(run.stderr).toMatch(pattern)
  expect(run.stderr).not.toMatch(/\n\s+at /)
}

describe('daftar CLI', () => {
  let dir: string
  let db: string

  beforeAll(() => {
    dir = tempDir()
    db = path.join(dir, 'shop.daftar')
    const init = runCli(
      ['init', db, '--name', 'Corner Shop', '--currency', 'USD', '--fiscal-year-start', '04-01'],
      dir,
    )
    expect(init.stderr).toBe('')
    expect(init.stdout).toContain('Created Corner Shop (USD)')
    expect(init.code).toBe(0)
  })

  it('explains itself with --help, and each command with COMMAND --help', () => {
    const help = runCli(['--help'], dir)
    expect(help.code).toBe(0)
    for (const command of ['init', 'import', 'report', 'serve', 'backup', 'check'])
      expect(help.stdout).toMatch(new RegExp(`^  ${command} `, 'm'))
    const importHelp = runCli(['import', '--help'], dir)
    expect(importHelp.code).toBe(0)
    expect(importHelp.stdout).toContain(
      'usage: daftar import accounts|journal|contacts|products|invoices|bills|items|opening-stock FILE.csv --db FILE [--dry-run]',
    )
  })

  it('answers an unknown command or option with a usage line', () => {
    const unknown = runCli(['frobnicate'], dir)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toBe(
      'daftar: unknown command frobnicate\nusage: daftar COMMAND [options] (see daftar --help)\n',
    )
    const flag = runCli(['check', '--db', db, '--fast'], dir)
    expect(flag.code).toBe(2)
    expect(flag.stderr).toBe('daftar: unknown option --fast\nusage: daftar check --db FILE\n')
    expectRefusal(runCli(['check'], dir), /--db is required\nusage: daftar check --db FILE/)
  })

  it('imports accounts and a journal, reports on them as JSON, checks and backs up', () => {
    const accounts = runCli(
      ['import', 'accounts', path.join(FIXTURES, 'accounts.csv'), '--db', db],
      dir,
    )
    expect(accounts).toEqual({
      code: 0,
      stdout: 'Imported 4 accounts from 4 rows of ' + path.join(FIXTURES, 'accounts.csv') + '\n',
      stderr: '',
    })
    const dry = runCli(
      ['import', 'journal', path.join(FIXTURES, 'journal.csv'), '--db', db, '--dry-run'],
      dir,
    )
    expect(dry.code).toBe(0)
    expect(dry.stdout).toMatch(
      /is fine: 3 journal entries from 6 rows would be imported \(dry run, nothing was written\)/,
    )
    const journal = runCli(
      ['import', 'journal', path.join(FIXTURES, 'journal.csv'), '--db', db],
      dir,
    )
    expect(journal.code).toBe(0)
    expect(journal.stdout).toMatch(/^Imported 3 journal entries from 6 rows/)

    const report = runCli(
      ['report', 'trial-balance', '--db', db, '--as-of', '2026-01-31', '--format', 'json'],
      dir,
    )
    expect(report.code).toBe(0)
    const trialBalance = JSON.parse(report.stdout) as {
      rows: { code: string; debit: string; credit: string }[]
      totals: { debit: string; credit: string }
    }
    expect(trialBalance.totals).toEqual({ debit: '1130.50', credit: '1130.50' })
    expect(trialBalance.rows.find((row) => row.code === '6100')).toMatchObject({
      debit: '900.00',
      credit: '0.00',
    })

    expect(runCli(['check', '--db', db], dir)).toEqual({
      code: 0,
      stdout: `${db}: ok\n`,
      stderr: '',
    })
    const copy = path.join(dir, 'copy.daftar')
    const backup = runCli(['backup', '--db', db, '--to', copy], dir)
    expect(backup.code).toBe(0)
    expect(backup.stdout).toMatch(/^Backed up .* to .*copy\.daftar \(\d+ bytes\)\n$/)
    expect(runCli(['check', '--db', copy], dir).code).toBe(0)
    expectRefusal(runCli(['backup', '--db', db, '--to', copy], dir), /copy\.daftar already exists/)
  })

  it('refuses every kind of bad journal file, naming the lines, and leaves the books alone', async () => {
    const ctx = await openCompany(db)
    setLockDate(ctx, '2025-12-31')
    setAccountArchived(ctx, accountId(ctx, '6900'), true)
    ctx.close()
    const before = booksSnapshot(db)
    const write = (name: string, content: string | Buffer) => {
      fs.writeFileSync(path.join(dir, name), content)
      return name
    }
    const cases: [string, RegExp[]][] = [
      [
        path.join(FIXTURES, 'journal-bad.csv'),
        [
          /^daftar: .*journal-bad\.csv was not imported: 9 problems found, nothing was changed$/m,
          /^line 2, date: 2026-02-30 is not a real date/m,
          /^line 3, account: No account has the code 9999$/m,
          /^line 4, credit: ten is not a number/m,
          /^line 5, debit: -5 cannot be negative/m,
          /^line 6, credit: 5\.001 has more than 2 decimals/m,
          /^line 7, debit: Enter either a debit or a credit/m,
          /^line 8, debit: Enter either a debit or a credit/m,
          /^line 9: Entry B-5 of 2026-03-04 \(lines 9, 10\): debits 10\.00 and credits 9\.99 do not balance$/m,
        ],
      ],
      [
        write('header.csv', 'when,ref,acct,dr,cr\n2026-01-01,X,1110,1,\n'),
        [
          /^line 1, header: The first line must be the header date,reference,account,debit,credit,memo/m,
        ],
      ],
      [write('empty.csv', ''), [/^line 1: The file is empty$/m]],
      [
        write('binary.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])),
        [/^line 1: The file is not UTF-8 text/m],
      ],
      [
        write('locked.csv', `${HEADER}\n2025-12-31,L,1110,1,,\n2025-12-31,L,4100,,1,\n`),
        [
          /^line 2, date: Entry L of 2025-12-31 \(lines 2, 3\): the books are locked up to 2025-12-31/m,
        ],
      ],
      [
        write('archived.csv', `${HEADER}\n2026-02-01,A,6900,1,,\n2026-02-01,A,1110,,1,\n`),
        [/^line 2, account: Account 6900 is archived$/m],
      ],
    ]
    for (const [file, patterns] of cases) {
      const run = runCli(['import', 'journal', file, '--db', db], dir)
      expect(run.code, file).toBe(1)
      expect(run.stdout).toBe('')
      for (const pattern of patterns) expect(run.stderr).toMatch(pattern)
      expect(run.stderr).not.toMatch(/\n\s+at /)
      expect(booksSnapshot(db)).toBe(before)
    }
  })

  it('fails the check of a file changed behind its back, listing the problem', () => {
    const broken = path.join(dir, 'broken.daftar')
    fs.copyFileSync(db, broken)
    const sqlite = new BetterSqlite3(broken)
    sqlite.exec(
      'DROP TRIGGER journal_entry_posted_is_final; UPDATE account_balance_day SET debit = debit + 1',
    )
    sqlite.close()
    const run = runCli(['check', '--db', broken], dir)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('The database guard journal_entry_posted_is_final is missing')
    expect(run.stdout).toMatch(/^The kept day balance of account /m)
    expect(run.stderr).toMatch(/failed the check/)
  })

  it('refuses bad input to init and report with one line', () => {
    expectRefusal(
      runCli(['init', path.join(dir, 'x.daftar'), '--name', 'X', '--currency', 'XYZ'], dir),
      /^daftar: XYZ is not a currency Daftar knows/,
    )
    expect(fs.existsSync(path.join(dir, 'x.daftar'))).toBe(false)
    expectRefusal(
      runCli(['init', db, '--name', 'Again', '--currency', 'USD'], dir),
      /already exists/,
    )
    expectRefusal(runCli(['report', 'cash-flow', '--db', db], dir), /there is no report cash-flow/)
    expectRefusal(
      runCli(['report', 'trial-balance', '--db', db, '--as-of', '2026-02-30'], dir),
      /^daftar: --as-of 2026-02-30 is not a real date/,
    )
    expectRefusal(
      runCli(['report', 'trial-balance', '--db', path.join(dir, 'nope.daftar')], dir),
      /^daftar: No company file at/,
    )
  })

  it('creates a demo company that reports a profit', () => {
    const demo = path.join(dir, 'demo.daftar')
    const init = runCli(['init', demo, '--name', 'Demo', '--currency', 'EUR', '--demo'], dir)
    expect(init.code).toBe(0)
    expect(init.stdout).toMatch(/and \d{3,} demo entries/)
    const pl = runCli(
      [
        'report',
        'profit-and-loss',
        '--db',
        demo,
        '--from',
        '2000-01-01',
        '--to',
        '2100-12-31',
        '--format',
        'csv',
      ],
      dir,
    )
    expect(pl.code).toBe(0)
    expect(pl.stdout).toMatch(/Sales/)
  })

  it('serves the company over http until stopped', async () => {
    const child = startCli(['serve', '--db', db, '--port', '0'], dir)
    let output = ''
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString()
        const match = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
        if (match) resolve(match[1]!)
      })
      child.once('exit', () => reject(new Error(`serve exited: ${output}`)))
    })
    const response = await fetch(`${url}/rpc/company.settings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
    expect(await response.json()).toMatchObject({
      ok: true,
      value: { name: 'Corner Shop', currency: 'USD' },
    })
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
  })
})
