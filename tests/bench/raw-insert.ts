import fs from 'node:fs'
import { performance } from 'node:perf_hooks'
import { parse } from 'csv-parse/sync'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { newId, nowIso } from '../../src/main/engine/ids'
import { parseMoney } from '../../src/shared/money'

interface RawLine {
  entry: string
  lineNo: number
  account: string
  date: string
  debit: bigint
  credit: bigint
  memo: string
}

/** The file's lines, parsed and keyed before any timing starts. */
function prepareRows(ctx: CompanyContext, csvPath: string) {
  const records = parse(fs.readFileSync(csvPath, 'utf8'), { columns: true }) as Record<
    string,
    string
  >[]
  const accountIds = new Map(
    (
      ctx.sqlite.prepare('SELECT code, id FROM account').all() as { code: string; id: string }[]
    ).map((a) => [a.code, a.id]),
  )
  const amount = (text: string | undefined) => {
    const parsed = text ? parseMoney(text, 2) : null
    return parsed?.ok ? parsed.value : 0n
  }
  const entries = new Map<
    string,
    { id: string; number: string; date: string; reference: string; lines: RawLine[] }
  >()
  for (const record of records) {
    const key = `${record.date}|${record.reference}`
    let entry = entries.get(key)
    if (!entry) {
      const id = newId()
      entries.set(
        key,
        (entry = {
          id,
          number: `RAW-${entries.size + 1}`,
          date: record.date!,
          reference: record.reference!,
          lines: [],
        }),
      )
    }
    entry.lines.push({
      entry: entry.id,
      lineNo: entry.lines.length + 1,
      account: accountIds.get(record.account ?? '')!,
      date: record.date!,
      debit: amount(record.debit),
      credit: amount(record.credit),
      memo: record.memo ?? '',
    })
  }
  return [...entries.values()]
}

function timed(work: () => void): number {
  const start = performance.now()
  work()
  return performance.now() - start
}

/**
 * The floor the import is measured against: the same entries and lines, already parsed, numbered
 * and keyed, written with cached better-sqlite3 statements in one transaction straight into the
 * ledger's own tables, with the per-row insert guards lifted as the bulk import lifts them. What
 * the import adds on top is its own work: reading and checking the CSV, numbering, the kept
 * balances, the change log and the guards' checks over the whole batch.
 */
export function rawInsertLedger(ctx: CompanyContext, csvPath: string): number {
  const entries = prepareRows(ctx, csvPath)
  const insertLine = ctx.sqlite.prepare(
    'INSERT INTO journal_line (entry_id, line_no, account_id, date, debit, credit, memo) VALUES (?, ?, ?, ?, ?, ?, ?)',
  )
  const insertEntry = ctx.sqlite.prepare(
    `INSERT INTO journal_entry (id, number, date, reference, memo, status, source, posted_at, created_at)
     VALUES (?, ?, ?, ?, '', 'posted', 'raw', ?, ?)`,
  )
  const now = nowIso()
  const ms = timed(() =>
    ctx.sqlite.transaction(() => {
      const guards = [
        'journal_line_posted_no_insert',
        'journal_entry_balanced_on_insert',
        'journal_entry_lock_date_on_insert',
      ]
      const saved = guards.map(
        (name) =>
          ctx.sqlite.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(name) as {
            sql: string
          },
      )
      for (const name of guards) ctx.sqlite.exec(`DROP TRIGGER ${name}`)
      for (const entry of entries) {
        for (const l of entry.lines)
          insertLine.run(l.entry, l.lineNo, l.account, l.date, l.debit, l.credit, l.memo)
        insertEntry.run(entry.id, entry.number, entry.date, entry.reference, now, now)
      }
      for (const { sql } of saved) ctx.sqlite.exec(sql)
    })(),
  )
  ctx.close()
  return ms
}

/**
 * The bare floor, for reference: only the lines, into a table shaped like journal_line (same
 * columns, primary key and account/date index) with no foreign keys, checks or triggers.
 */
export function rawInsertLines(ctx: CompanyContext, csvPath: string): number {
  const lines = prepareRows(ctx, csvPath).flatMap((entry) => entry.lines)
  ctx.sqlite.exec(`CREATE TABLE journal_line_raw (
    entry_id TEXT NOT NULL, line_no INTEGER NOT NULL, account_id TEXT NOT NULL, date TEXT NOT NULL,
    debit INTEGER NOT NULL DEFAULT 0, credit INTEGER NOT NULL DEFAULT 0, memo TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (entry_id, line_no)) STRICT, WITHOUT ROWID;
    CREATE INDEX journal_line_raw_account_date ON journal_line_raw(account_id, date)`)
  const insert = ctx.sqlite.prepare('INSERT INTO journal_line_raw VALUES (?, ?, ?, ?, ?, ?, ?)')
  const ms = timed(() =>
    ctx.sqlite.transaction(() => {
      for (const l of lines)
        insert.run(l.entry, l.lineNo, l.account, l.date, l.debit, l.credit, l.memo)
    })(),
  )
  ctx.close()
  return ms
}
