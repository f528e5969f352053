import fs from 'node:fs'
import path from 'node:path'
import { addDays } from '../../src/shared/dates'
import type { StockDocumentInput, StockLineInput } from '../../src/shared/domain/inventory'
import { createCompany, openCompany } from '../../src/main/engine/company/company-file'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { dice } from '../../src/main/engine/demo/prng'
import { importItems } from '../../src/main/engine/import/items-import'
import { importOpeningStock } from '../../src/main/engine/import/opening-stock-import'
import { createWarehouse } from '../../src/main/engine/inventory-items/warehouses'
import { defaultWarehouseId } from '../../src/main/engine/inventory/settings'

export interface InventoryBenchCompany {
  ctx: CompanyContext
  file: string
  /** Item ids by position: item i is code I000i. */
  items: string[]
  /** MAIN, then W2. */
  warehouses: [string, string]
}

/** A company with `itemCount` stocked items (every other one moving average) and two warehouses. */
export async function inventoryBenchCompany(
  dir: string,
  name: string,
  itemCount: number,
): Promise<InventoryBenchCompany> {
  const file = path.join(dir, `${name}.daftar`)
  const ctx = await createCompany(file, { name, currency: 'USD' }, { userName: 'bench' })
  const rows = Array.from(
    { length: itemCount },
    (_, i) =>
      `${itemCode(i)},Item ${i},pc,9.00,${(2 + (i % 7)).toFixed(2)},${i % 2 ? 'average' : 'fifo'}`,
  )
  mustImport(
    importItems(ctx, `code,name,unit,sales_price,purchase_price,valuation\n${rows.join('\n')}`),
  )
  const byCode = new Map(
    (
      ctx.sqlite.prepare('SELECT code, id FROM product').all() as { code: string; id: string }[]
    ).map((row) => [row.code, row.id]),
  )
  const items = Array.from({ length: itemCount }, (_, i) => byCode.get(itemCode(i))!)
  const second = createWarehouse(ctx, { code: 'W2', name: 'Second warehouse' })
  return { ctx, file, items, warehouses: [defaultWarehouseId(ctx)!, second.id] }
}

/** The company's file copied as it is now and opened: the same items, warehouses and accounts. */
export async function copyCompany(
  from: InventoryBenchCompany,
  name: string,
): Promise<CompanyContext> {
  from.ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)')
  const file = path.join(path.dirname(from.file), `${name}.daftar`)
  fs.copyFileSync(from.file, file)
  return openCompany(file, { userName: 'bench' })
}

/**
 * `extra` more items with opening stock in MAIN, through `daftar import items` and
 * `daftar import opening-stock`, dated after every bench move so nothing is back-dated.
 */
export function addStockedItems(company: InventoryBenchCompany, extra: number): void {
  const codes = Array.from({ length: extra }, (_, i) => `X${String(i).padStart(6, '0')}`)
  const items = codes.map((code, i) => `${code},Extra ${i},pc,5.00,2.00,fifo`)
  mustImport(
    importItems(
      company.ctx,
      `code,name,unit,sales_price,purchase_price,valuation\n${items.join('\n')}`,
    ),
  )
  const stock = codes.map((code, i) => `${code},MAIN,${1 + (i % 50)},2.00,2025-12-31`)
  mustImport(
    importOpeningStock(company.ctx, `item,warehouse,quantity,unit_cost,date\n${stock.join('\n')}`),
  )
}

function mustImport(result: { problems: unknown[] }): void {
  if (result.problems.length > 0)
    throw new Error(`bench import refused: ${JSON.stringify(result.problems.slice(0, 3))}`)
}

export const itemCode = (i: number) => `I${String(i).padStart(5, '0')}`

/**
 * Stock documents over 2025 in date order until they make `moves` moves: receipts (about a third),
 * deliveries (half) and transfers between the two warehouses, two to eight lines each on distinct
 * items. Deliveries and transfers take only what the generator knows is there, so none is refused.
 */
export function stockDocuments(
  company: InventoryBenchCompany,
  moves: number,
): StockDocumentInput[] {
  const roll = dice(4)
  const { items, warehouses } = company
  const held = warehouses.map(() => new Array<bigint>(items.length).fill(0n))
  const documents: StockDocumentInput[] = []
  const expected = Math.ceil(moves / 5.5)
  let made = 0
  while (made < moves) {
    const date = addDays(
      '2025-01-01',
      Math.min(364, Math.floor((documents.length * 365) / expected)),
    )
    // The first receipts take every item once, in order, so that every item holds stock.
    const sweep = documents.length * 8 < items.length
    const pick = roll.int(1, 100)
    const type =
      sweep || made < moves / 20 || pick <= 35 ? 'receipt' : pick <= 85 ? 'delivery' : 'transfer'
    const from = roll.int(1, 10) <= 7 ? 0 : 1
    const lines: StockLineInput[] = []
    const used = new Set<number>()
    const wanted = Math.min(
      sweep ? 8 : roll.int(2, 8),
      Math.ceil((moves - made) / (type === 'transfer' ? 2 : 1)),
    )
    for (let tries = 0; lines.length < wanted && tries < 40; tries++) {
      const item = sweep ? documents.length * 8 + lines.length : roll.int(0, items.length - 1)
      if (item >= items.length) break
      if (used.has(item)) continue
      used.add(item)
      const want = BigInt(roll.int(1, 40)) * 1000n
      if (type === 'receipt') {
        held[from]![item]! += want
        lines.push({
          productId: items[item]!,
          quantity: want,
          unitCost: BigInt(roll.int(150, 900)),
        })
        continue
      }
      const quantity = held[from]![item]! < want ? held[from]![item]! : want
      if (quantity === 0n) continue
      held[from]![item]! -= quantity
      if (type === 'transfer') held[1 - from]![item]! += quantity
      lines.push({ productId: items[item]!, quantity })
    }
    if (lines.length === 0) continue
    made += lines.length * (type === 'transfer' ? 2 : 1)
    documents.push({
      type,
      date,
      warehouseId: warehouses[from]!,
      ...(type === 'transfer' && { toWarehouseId: warehouses[1 - from]! }),
      lines,
    })
  }
  return documents
}
