/**
 * `npm run bench`: the figures in the README. A benchmark, not a test: it prints times and the
 * ratios the issues set as targets, measured in the same run on the same machine.
 *   BENCH_LINES=1000000 (default) sets the size of the big ledger.
 *   BENCH_INVOICES=100000 (default) sets the number of invoices of the sales section.
 *   BENCH_MOVES=1000000 (default) sets the stock moves of the inventory section, and
 *   BENCH_STOCK_ITEMS=100000 (default) the items among which one item's stock is looked up.
 *   BENCH_ONLY=ledger,sales,payroll,inventory runs only the named sections.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createCompany } from '../../src/main/engine/company/company-file'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { importJournal } from '../../src/main/engine/import/import-journal'
import { trialBalance } from '../../src/main/engine/reports/trial-balance'
import { writeJournalCsv } from './generate-ledger'
import { listPageRows } from './ledger-pages'
import { rawInsertLedger, rawInsertLines } from './raw-insert'
import { medianMs, onceMs, printTable, type BenchRow } from './measure'
import { inventoryBench } from './inventory'
import { payrollBench } from './payroll'
import { salesBench } from './sales'

const BIG = Number(process.env.BENCH_LINES ?? 1_000_000)
const SMALL = 10_000
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'daftar-bench-'))

async function freshCompany(name: string): Promise<CompanyContext> {
  return createCompany(
    path.join(workDir, `${name}.daftar`),
    { name, currency: 'USD' },
    { userName: 'bench' },
  )
}

async function importFile(
  name: string,
  csvPath: string,
): Promise<{ ctx: CompanyContext; ms: number; lines: number }> {
  const ctx = await freshCompany(name)
  const bytes = fs.readFileSync(csvPath)
  let lines = 0
  const ms = await onceMs(() => {
    const result = importJournal(ctx, bytes)
    if (result.problems.length > 0)
      throw new Error(`bench import refused: ${JSON.stringify(result.problems.slice(0, 3))}`)
    lines = result.rows
  })
  return { ctx, ms, lines }
}

function ratio(a: number, b: number): string {
  return `${(a / b).toFixed(2)}x`
}

async function ledgerBench(): Promise<void> {
  const bigCsv = writeJournalCsv(path.join(workDir, 'journal-big.csv'), BIG)
  const smallCsv = writeJournalCsv(path.join(workDir, 'journal-small.csv'), SMALL)

  const rawMs = rawInsertLedger(await freshCompany('raw'), bigCsv)
  const bareMs = rawInsertLines(await freshCompany('bare'), bigCsv)
  const big = await importFile('big', bigCsv)
  const small = await importFile('small', smallCsv)
  const asOf = '2025-12-31'
  const tbSmall = medianMs(() => trialBalance(small.ctx, asOf), 21)
  const tbBig = medianMs(() => trialBalance(big.ctx, asOf), 21)

  const rows: BenchRow[] = [
    {
      name: `raw insert of the same ${big.lines.toLocaleString('en')} lines and their entries`,
      value: `${rawMs.toFixed(0)} ms`,
    },
    { name: 'raw insert of the lines alone, into a bare table', value: `${bareMs.toFixed(0)} ms` },
    {
      name: `CSV import of ${big.lines.toLocaleString('en')} journal lines`,
      value: `${big.ms.toFixed(0)} ms`,
    },
    {
      name: 'import / raw insert',
      value: ratio(big.ms, rawMs),
      target: '<= 3x',
      pass: big.ms / rawMs <= 3,
    },
    { name: 'import / bare lines insert (for reference)', value: ratio(big.ms, bareMs) },
    {
      name: `trial balance at ${small.lines.toLocaleString('en')} lines`,
      value: `${tbSmall.toFixed(2)} ms`,
    },
    {
      name: `trial balance at ${big.lines.toLocaleString('en')} lines`,
      value: `${tbBig.toFixed(2)} ms`,
    },
    {
      name: 'trial balance 1M / 10k',
      value: ratio(tbBig, tbSmall),
      target: '<= 1.5x',
      pass: tbBig / tbSmall <= 1.5,
    },
    ...listPageRows(big.ctx),
  ]
  printTable(`Ledger (${os.cpus().length} cores, Node ${process.version})`, rows)
  big.ctx.close()
  small.ctx.close()
}

const only = process.env.BENCH_ONLY?.split(',')
const wanted = (name: string) => !only || only.includes(name)

try {
  if (wanted('ledger')) await ledgerBench()
  if (wanted('sales')) await salesBench()
  if (wanted('payroll')) await payrollBench()
  if (wanted('inventory')) await inventoryBench()
} finally {
  fs.rmSync(workDir, { recursive: true, force: true })
}
