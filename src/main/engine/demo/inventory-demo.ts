import { addDays } from '../../../shared/dates'
import type { StockLineInput } from '../../../shared/domain/inventory'
import type { CompanyContext } from '../company/company-context'
import { recordStockDocument } from '../inventory/post'
import { linesFromSource } from '../inventory/sources'
import type { PlannedEntry } from './demo-plan'
import { setUpDemoStock } from './inventory-demo-setup'
import {
  countShop,
  deliverInvoice,
  held,
  ownerBroughtStock,
  stockedSources,
} from './inventory-demo-steps'

export interface InventoryDemoOptions {
  from: string
  to: string
  /** The first day of the month the demo is made in: lot expiry dates hang on it. */
  thisMonth: string
  minorPerCent: bigint
}

interface StockEvent {
  date: string
  /** On one day: stock comes in before it goes out, and the count comes last. */
  order: number
  run: () => void
}

const IN = 0
const MOVE = 1
const OUT = 2
const COUNT = 3

/** Whole units in thousandths. */
const units = (n: number) => BigInt(n) * 1000n

/**
 * The shop's stock through the inventory engine, in date order so nothing is back-dated: the
 * plan's opening stock, weekly restocking and till sales on the shop floor (MAIN); a back store
 * (BACK) opened with the trade's stock and the syrups' lots, receiving what suppliers billed by
 * the item and delivering what invoices sold; a transfer of syrups and beans to the shop, and a
 * count of the shop's mugs and syrups that finds a broken bottle and two mugs. The owner's
 * opening stock is then moved from opening balances to capital.
 */
export function addInventoryDemo(
  ctx: CompanyContext,
  planned: PlannedEntry[],
  options: InventoryDemoOptions,
): void {
  const { from, to, thisMonth, minorPerCent } = options
  const { items, main, back } = setUpDemoStock(ctx, minorPerCent)
  const item = (code: string) => items.get(code)!
  const cost = (code: string) =>
    ctx.q.first(ctx.db.selectFrom('product').select('purchase_price').where('code', '=', code))!
      .purchase_price
  const wholesaler = ctx.q.first(
    ctx.db.selectFrom('contact').select('id').where('name', '=', 'Cornerstone Wholesale'),
  )?.id
  /** What the shop holds of each syrup. */
  const shopSyrup = new Map<string, bigint>()
  const take = (stock: Map<string, bigint>, productId: string, wanted: bigint) => {
    const moved = wanted < (stock.get(productId) ?? 0n) ? wanted : (stock.get(productId) ?? 0n)
    stock.set(productId, (stock.get(productId) ?? 0n) - moved)
    return moved
  }
  let openingValue = 0n
  const events: StockEvent[] = []
  const on = (date: string, order: number, run: () => void) => events.push({ date, order, run })

  for (const entry of planned) {
    const stock = entry.stock!
    on(entry.date, stock.type === 'delivery' ? OUT : IN, () => {
      const lines: StockLineInput[] = stock.lines.map((line) => ({
        productId: item(line.code),
        quantity: units(line.quantity),
        ...(line.costCents !== undefined && {
          unitCost: (BigInt(line.costCents) * minorPerCent) / 100n,
        }),
      }))
      if (stock.type === 'delivery') lines.push(...syrupSales())
      const document = recordStockDocument(ctx, {
        type: stock.type,
        date: entry.date,
        warehouseId: main,
        ...(stock.type === 'receipt' && wholesaler && { contactId: wholesaler }),
        memo: entry.memo,
        lines,
      })
      if (stock.type === 'opening') openingValue += document.value
    })
  }
  /** A bottle of each syrup a week at the till, while the shop has more than a few. */
  const syrupSales = (): StockLineInput[] =>
    ['SYR-VAN', 'SYR-CAR']
      .filter((code) => (shopSyrup.get(code) ?? 0n) > units(6))
      .map((code) => ({
        productId: item(code),
        quantity: take(shopSyrup, code, units(1)),
        lotNumber: `${code.slice(4)}-1`,
      }))

  on(from, IN, () => {
    const trade: [string, number, string?][] = [
      ['COF-1KG', 40],
      ['COF-DEC', 12],
      ['TEA-100', 8, 'case'],
      ['MUG-LOGO', 20, 'box'],
      ['GRINDER', 24],
    ]
    const lines: StockLineInput[] = trade.map(([code, quantity, unit]) => ({
      productId: item(code),
      unit,
      quantity: units(quantity),
      unitCost: cost(code),
    }))
    // The syrups' first lots run out soon after the demo's today; the second ones keep.
    const lots: [string, string, number, number][] = [
      ['SYR-VAN', 'VAN-1', 36, 30],
      ['SYR-VAN', 'VAN-2', 24, 200],
      ['SYR-CAR', 'CAR-1', 24, 12],
      ['SYR-CAR', 'CAR-2', 12, 240],
    ]
    for (const [code, lotNumber, quantity, days] of lots)
      lines.push({
        productId: item(code),
        quantity: units(quantity),
        unitCost: cost(code),
        lotNumber,
        lotExpiry: addDays(thisMonth, days),
      })
    const document = recordStockDocument(ctx, {
      type: 'opening',
      date: from,
      warehouseId: back,
      memo: 'Opening stock in the back store',
      lines,
    })
    openingValue += document.value
  })

  for (const source of stockedSources(ctx, 'bill'))
    on(source.date, IN, () => {
      const lines = linesFromSource(ctx, source.id, 'receipt').filter((l) => l.remaining > 0n)
      recordStockDocument(ctx, {
        type: 'receipt',
        date: source.date,
        warehouseId: back,
        contactId: source.contactId,
        sourceDocumentId: source.id,
        lines: lines.map((line) => ({
          productId: line.productId,
          quantity: line.remaining,
          sourceLineNo: line.sourceLineNo,
        })),
      })
    })

  for (const source of stockedSources(ctx, 'invoice'))
    on(source.date, OUT, () => deliverInvoice(ctx, source, back))

  on(addDays(from, 150), MOVE, () => {
    const beans = held(ctx, item('COF-1KG'), back)
    shopSyrup.set('SYR-VAN', units(24))
    shopSyrup.set('SYR-CAR', units(18))
    recordStockDocument(ctx, {
      type: 'transfer',
      date: addDays(from, 150),
      warehouseId: back,
      toWarehouseId: main,
      memo: 'Syrups and beans for the shop',
      lines: [
        { productId: item('SYR-VAN'), quantity: units(24), lotNumber: 'VAN-1' },
        { productId: item('SYR-CAR'), quantity: units(18), lotNumber: 'CAR-1' },
        { productId: item('COF-1KG'), quantity: beans < units(12) ? beans : units(12) },
      ],
    })
  })

  on(addDays(to, -2), COUNT, () => countShop(ctx, main, addDays(to, -2), item))

  events.sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order)
  for (const event of events) event.run()
  ownerBroughtStock(ctx, from, openingValue)
}
