import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { checkCompany } from '../../src/main/engine/check/check-company'
import { createCompany, openCompany } from '../../src/main/engine/company/company-file'
import { importContacts } from '../../src/main/engine/import/contacts-import'
import { importProducts } from '../../src/main/engine/import/products-import'
import { runCli, startCli } from '../fixtures/run-cli'
import { tempDir } from '../helpers/temp-company'
import { salesSnapshot } from './import-sales-fixture'

// Big enough that posting takes seconds even on a fast machine, so the kill lands mid-transaction.
const INVOICES = 10_000

/** True while another connection holds the write lock: the import's transaction is under way. */
function writeLocked(file: string): boolean {
  const probe = new BetterSqlite3(file, { timeout: 0 })
  try {
    probe.exec('BEGIN IMMEDIATE')
    probe.exec('ROLLBACK')
    return false
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return true
    throw error
  } finally {
    probe.close()
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('an invoice import killed half way', () => {
  it('leaves the books and the sales tables exactly as they were, and passing the check', async () => {
    const dir = tempDir()
    const db = path.join(dir, 'shop.daftar')
    const ctx = await createCompany(db, { name: 'Crash Shop', currency: 'USD' })
    const customers = Array.from({ length: 50 }, (_, i) => `Customer ${i},,yes,,,30,,,,,,,,,,`)
    importContacts(ctx, [CONTACTS_HEADER, ...customers].join('\n'))
    const products = Array.from(
      { length: 20 },
      (_, i) => `P${i},Product ${i},service,,${i + 1},,,,`,
    )
    importProducts(ctx, [PRODUCTS_HEADER, ...products].join('\n'))
    ctx.close()
    const rows = [INVOICES_HEADER]
    for (let i = 0; i < INVOICES; i++)
      for (let line = 1; line <= 3; line++)
        rows.push(
          `X-${i},2026-01-${String(1 + (i % 28)).padStart(2, '0')},,Customer ${i % 50},P${(i + line) % 20},,${line},,,`,
        )
    const csv = path.join(dir, 'invoices.csv')
    fs.writeFileSync(csv, rows.join('\n') + '\n')
    const before = salesSnapshot(db)

    const child = startCli(['import', 'invoices', csv, '--db', db], dir)
    let stderr = ''
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.once('exit', (_code, signal) => resolve(signal)),
    )
    const deadline = Date.now() + 60_000
    while (!writeLocked(db) && Date.now() < deadline && child.exitCode === null) await sleep(20)
    // Into the import's one transaction: hundreds of invoices posted, none committed.
    await sleep(250)
    expect(child.exitCode, stderr).toBeNull()
    expect(writeLocked(db)).toBe(true)
    child.kill('SIGKILL')
    expect(await exited).toBe('SIGKILL')

    expect(salesSnapshot(db)).toBe(before)
    const reopened = await openCompany(db)
    expect(checkCompany(reopened)).toEqual({ ok: true, problems: [] })
    reopened.close()

    // The file itself was fine: run to the end, it posts every invoice.
    const done = runCli(['import', 'invoices', csv, '--db', db], dir)
    expect(done.stderr).toBe('')
    expect(done.stdout).toBe(`Imported ${INVOICES} invoices from ${INVOICES * 3} rows of ${csv}\n`)
    fs.rmSync(dir, { recursive: true, force: true })
  }, 120_000)
})

const CONTACTS_HEADER =
  'name,kind,customer,supplier,tax_id,payment_terms_days,credit_limit,currency,person,email,phone,address,city,postal_code,country,tags'
const PRODUCTS_HEADER =
  'code,name,kind,unit,sales_price,purchase_price,tax_code,income_account,expense_account'
const INVOICES_HEADER =
  'number,date,due_date,customer,product,description,quantity,unit_price,tax_code,account'
