import type { Valuation } from '../../../shared/domain/inventory-items'
import type { CompanyContext } from '../company/company-context'
import { setInventorySettings } from '../inventory/settings'
import { addBarcode } from '../inventory-items/barcodes'
import { createCategory } from '../inventory-items/categories'
import { updateItemSettings } from '../inventory-items/item-settings'
import { setItemUnits } from '../inventory-items/item-units'
import { createWarehouse, warehouseByCode } from '../inventory-items/warehouses'
import { findAccountByCode } from '../ledger/accounts'
import { createProduct } from '../products/products'

interface DemoItem {
  code: string
  category: string
  valuation: Valuation
  /** Whole base units. */
  reorderLevel: number
  reorderQuantity: number
  lotTracked?: boolean
  /** A bigger unit and how many base units it holds. */
  pack?: [unit: string, units: number]
  /** The item's own barcode, and its pack's. */
  barcodes: [base: string, pack?: string]
}

/** The shop's items: the sales demo's stocked products and two syrups kept by lot. */
const DEMO_ITEMS: DemoItem[] = [
  item('COF-1KG', 'Coffee', 'fifo', 60, 120, ['5060012340017']),
  item('COF-DEC', 'Coffee', 'fifo', 20, 40, ['5060012340024']),
  item('TEA-100', 'Tea', 'average', 96, 144, ['5060012340031', '15060012340038'], ['case', 12]),
  item(
    'MUG-LOGO',
    'Merchandise',
    'average',
    72,
    144,
    ['5060012340048', '15060012340045'],
    ['box', 12],
  ),
  item('GRINDER', 'Equipment', 'fifo', 4, 6, ['5060012340055']),
  {
    ...item('SYR-VAN', 'Syrups', 'fifo', 24, 36, ['5060012340062'], ['case', 6]),
    lotTracked: true,
  },
  {
    ...item('SYR-CAR', 'Syrups', 'fifo', 48, 36, ['5060012340079'], ['case', 6]),
    lotTracked: true,
  },
]

/** The syrups, which only the inventory demo sells: per bottle, in cents of the demo unit. */
const SYRUPS = [
  { code: 'SYR-VAN', name: 'Vanilla syrup, 750 ml', price: 950, cost: 480 },
  { code: 'SYR-CAR', name: 'Caramel syrup, 750 ml', price: 950, cost: 510 },
]

export interface DemoStockPlaces {
  /** Product ids by code. */
  items: Map<string, string>
  main: string
  back: string
}

/**
 * The shop's stock set-up: a back store beside the main warehouse (which stays the default, for
 * counter sales), item categories, each item's valuation, reorder level, units and barcodes, and
 * the syrups, tracked by lot.
 */
export function setUpDemoStock(ctx: CompanyContext, minorPerCent: bigint): DemoStockPlaces {
  const main = warehouseByCode(ctx, 'MAIN').id
  const back = createWarehouse(ctx, {
    code: 'BACK',
    name: 'Back store',
    address: 'Yard behind the shop',
  }).id
  setInventorySettings(ctx, { defaultWarehouseId: main })
  const vat = ctx.q.first(ctx.db.selectFrom('tax_code').select('id').where('code', '=', 'VAT10'))
  for (const syrup of SYRUPS)
    createProduct(ctx, {
      code: syrup.code,
      name: syrup.name,
      kind: 'stocked',
      unit: 'bottle',
      salesPrice: (BigInt(syrup.price) * minorPerCent) / 100n,
      purchasePrice: (BigInt(syrup.cost) * minorPerCent) / 100n,
      taxCodeId: vat?.id ?? null,
      incomeAccountId: findAccountByCode(ctx, '4100')!.id,
      expenseAccountId: findAccountByCode(ctx, '5100')!.id,
    })
  const categories = new Map<string, string>()
  const items = new Map<string, string>()
  for (const demo of DEMO_ITEMS) {
    const productId = ctx.q.first(
      ctx.db.selectFrom('product').select('id').where('code', '=', demo.code),
    )!.id
    items.set(demo.code, productId)
    if (!categories.has(demo.category))
      categories.set(demo.category, createCategory(ctx, demo.category).id)
    updateItemSettings(ctx, productId, {
      valuation: demo.valuation,
      categoryId: categories.get(demo.category)!,
      reorderLevel: BigInt(demo.reorderLevel) * 1000n,
      reorderQuantity: BigInt(demo.reorderQuantity) * 1000n,
      lotTracked: demo.lotTracked ?? false,
    })
    if (demo.pack)
      setItemUnits(ctx, productId, [{ unit: demo.pack[0], factor: BigInt(demo.pack[1]) * 1000n }])
    const [base, pack] = demo.barcodes
    addBarcode(ctx, { code: base, productId, unit: null })
    if (pack) addBarcode(ctx, { code: pack, productId, unit: demo.pack![0] })
  }
  return { items, main, back }
}

function item(
  code: string,
  category: string,
  valuation: Valuation,
  reorderLevel: number,
  reorderQuantity: number,
  barcodes: DemoItem['barcodes'],
  pack?: DemoItem['pack'],
): DemoItem {
  return { code, category, valuation, reorderLevel, reorderQuantity, barcodes, pack }
}
