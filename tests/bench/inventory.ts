/**
 * Inventory benchmark, in one run:
 *  (a) BENCH_MOVES stock moves (default 1,000,000) posted in one transaction through the bulk
 *      path, recordStockDocuments, on 1,000 items in two warehouses over a year (for reference,
 *      10,000 moves posted one document a transaction through recordStockDocument, and in bulk), beside
 *  (b) the raw insert of the same document, line, move, journal entry and journal line rows into
 *      a copy of the company file taken before posting; target a <= 3x b;
 *  (c) on-hand and available for one item among BENCH_STOCK_ITEMS items (default 100,000): the
 *      availability the screens call, median of 1,001 lookups of items picked at random;
 *  (d) the stock valuation report at BENCH_MOVES moves against 10,000, both on the same 1,000
 *      items, so the ratio measures moves, not items; target <= 1.5x.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { dice } from '../../src/main/engine/demo/prng'
import { availability } from '../../src/main/engine/inventory-items/availability'
import { stockValuation } from '../../src/main/engine/inventory-reports/stock-valuation'
import { recordStockDocuments } from '../../src/main/engine/inventory/bulk/record-documents'
import { recordStockDocument } from '../../src/main/engine/inventory/post'
import type { StockDocumentInput } from '../../src/shared/domain/inventory'
import { onceMs, printTable, type BenchRow } from './measure'
import { rawInsertStock } from './inventory-raw'
import { alternateMediansMs, ratio, timed, timingText } from './inventory-timing'
import {
  addStockedItems,
  copyCompany,
  inventoryBenchCompany,
  stockDocuments,
} from './inventory-setup'

const MOVES = Number(process.env.BENCH_MOVES ?? 1_000_000)
const STOCK_ITEMS = Number(process.env.BENCH_STOCK_ITEMS ?? 100_000)
const ITEMS = 1000
const SMALL = 10_000
const AS_OF = '2025-12-31'

export async function inventoryBench(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'daftar-inventory-bench-'))
  try {
    const big = await inventoryBenchCompany(dir, 'stock-big', ITEMS)
    const raw = await copyCompany(big, 'stock-raw')
    const documents = stockDocuments(big, MOVES)
    const posting = timed(() => recordStockDocuments(big.ctx, documents))
    const counts = rowCounts(big.ctx)
    const rawInsert = rawInsertStock(big.ctx, raw)
    raw.close()
    const n = (value: number) => value.toLocaleString('en')
    const rows: BenchRow[] = [
      {
        name: `(a) post ${n(documents.length)} stock documents, ${n(counts.moves)} moves, in bulk (one transaction)`,
        value: timingText(posting),
      },
      {
        name: `(b) raw insert of the same ${n(counts.documents)} documents, ${n(counts.lines)} lines, ${n(counts.moves)} moves, ${n(counts.entries)} entries, ${n(counts.journalLines)} journal lines`,
        value: timingText(rawInsert),
      },
      {
        name: 'a / b',
        value: ratio(posting.wall, rawInsert.wall),
        target: '<= 3x',
        pass: posting.wall <= 3 * rawInsert.wall,
      },
      { name: 'a / b in CPU time (for reference)', value: ratio(posting.cpu, rawInsert.cpu) },
    ]

    const small = await inventoryBenchCompany(dir, 'stock-small', ITEMS)
    const batched = await copyCompany(small, 'stock-small-batched')
    const smallDocuments = stockDocuments(small, SMALL)
    const eachSmall = timed(() => postAll(small.ctx, smallDocuments))
    const allSmall = timed(() => recordStockDocuments(batched, smallDocuments))
    batched.close()
    const smallMoves = rowCounts(small.ctx).moves
    const [valueSmall, valueBig] = alternateMediansMs(
      () => stockValuation(small.ctx, { asOf: AS_OF }),
      () => stockValuation(big.ctx, { asOf: AS_OF }),
      101,
    )
    const itemsValued = stockValuation(big.ctx, { asOf: AS_OF }).rows.length
    small.ctx.close()
    rows.push(
      {
        name: `    ${n(smallDocuments.length)} documents (${n(SMALL)} moves), one transaction each (recordStockDocument), for reference`,
        value: timingText(eachSmall),
      },
      {
        name: '    the same in bulk, one transaction (recordStockDocuments)',
        value: timingText(allSmall),
      },
      {
        name: `(d) valuation at ${n(smallMoves)} moves, ${n(ITEMS)} items (median of 101, turn about)`,
        value: `${valueSmall.toFixed(2)} ms`,
      },
      {
        name: `    valuation at ${n(counts.moves)} moves, the same ${n(ITEMS)} items (${n(itemsValued)} held)`,
        value: `${valueBig.toFixed(2)} ms`,
      },
      {
        name: `    ${n(counts.moves)} / ${n(smallMoves)} moves`,
        value: ratio(valueBig, valueSmall),
        target: '<= 1.5x',
        pass: valueBig <= 1.5 * valueSmall,
      },
    )

    const addMs = await onceMs(() => addStockedItems(big, STOCK_ITEMS - ITEMS))
    const lookup = lookupMedian(big.ctx, 1001)
    rows.push(
      {
        name: `import ${n(STOCK_ITEMS - ITEMS)} more items and their opening stock (not compared)`,
        value: `${addMs.toFixed(0)} ms`,
      },
      {
        name: `(c) on hand and available for one item among ${n(lookup.items)} (median of 1,001)`,
        value: `${lookup.ms.toFixed(3)} ms`,
      },
    )
    big.ctx.close()
    printTable(`Inventory (${os.cpus().length} cores, Node ${process.version})`, rows)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

function postAll(ctx: CompanyContext, documents: StockDocumentInput[]): void {
  for (const document of documents) recordStockDocument(ctx, document)
}

function rowCounts(ctx: CompanyContext) {
  const count = (table: string) =>
    Number((ctx.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: bigint }).n)
  return {
    documents: count('stock_document'),
    lines: count('stock_document_line'),
    moves: count('stock_move'),
    entries: count('journal_entry'),
    journalLines: count('journal_line'),
  }
}

/** Median time of `runs` availability lookups, each of one stocked item picked at random. */
function lookupMedian(ctx: CompanyContext, runs: number): { ms: number; items: number } {
  const ids = (
    ctx.sqlite.prepare(`SELECT id FROM product WHERE kind = 'stocked' ORDER BY code`).all() as {
      id: string
    }[]
  ).map((row) => row.id)
  const roll = dice(9)
  availability(ctx, [ids[0]!])
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const id = ids[roll.int(0, ids.length - 1)]!
    const start = performance.now()
    const [found] = availability(ctx, [id])
    times.push(performance.now() - start)
    if (!found) throw new Error(`bench item ${id} is not a stocked item`)
  }
  times.sort((a, b) => a - b)
  return { ms: times[Math.floor(times.length / 2)]!, items: ids.length }
}

if (import.meta.url === `file://${process.argv[1]}`) await inventoryBench()
