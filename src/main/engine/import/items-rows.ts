import { ITEM_COLUMNS } from '../../../shared/domain/import-columns'
import type { ItemBarcode, ItemUnit, Valuation } from '../../../shared/domain/inventory-items'
import { parseMoney } from '../../../shared/money'
import { FieldReader, QUANTITY_DECIMALS } from './sales-import-fields'

const VALUATIONS: readonly Valuation[] = ['fifo', 'average']

/** One row of an items file; undefined: the cell was empty (a new item takes the default). */
export interface ItemRow {
  line: number
  code: string
  name: string
  unit?: string
  salesPrice?: bigint
  purchasePrice?: bigint
  valuation?: Valuation
  category?: string
  reorderLevel?: bigint
  reorderQuantity?: bigint
  lotTracked?: boolean
  barcodes: Omit<ItemBarcode, 'productId'>[]
  units: ItemUnit[]
}

/** `read(value)` for a filled cell; undefined for an empty one. */
const ifGiven = <T>(value: string, read: (text: string) => T): T | undefined =>
  value.trim() === '' ? undefined : read(value)

/** Reads one row, adding a problem naming the line and column for each bad field. */
export function readItemRow(fields: string[], read: FieldReader, decimals: number): ItemRow {
  const cell = Object.fromEntries(ITEM_COLUMNS.names.map((column, i) => [column, fields[i] ?? '']))
  const price = (column: 'sales_price' | 'purchase_price') =>
    read.money(cell[column]!, column, decimals) ?? undefined
  return {
    line: read.line,
    code: read.text(cell.code!, 'code', 60, 'The item code'),
    name: read.text(cell.name!, 'name', 200, 'The item name'),
    unit: ifGiven(cell.unit!, (text) => read.text(text, 'unit', 20)),
    salesPrice: price('sales_price'),
    purchasePrice: price('purchase_price'),
    valuation: ifGiven(cell.valuation!, (text) => read.choice(text, 'valuation', VALUATIONS)),
    category: ifGiven(cell.category!, (text) => read.text(text, 'category', 100)),
    reorderLevel: nonNegative(cell.reorder_level!, 'reorder_level', read),
    reorderQuantity: nonNegative(cell.reorder_quantity!, 'reorder_quantity', read),
    lotTracked: ifGiven(cell.lot_tracked!, (text) => read.flag(text, 'lot_tracked')),
    barcodes: readBarcodes(cell.barcodes!, read),
    units: readUnits(cell.units!, read),
  }
}

/** A quantity of zero or more in thousandths, or undefined when empty. */
function nonNegative(value: string, field: string, read: FieldReader): bigint | undefined {
  const text = value.trim()
  if (!text) return undefined
  const parsed = parseMoney(text, QUANTITY_DECIMALS)
  if (parsed.ok) return parsed.value
  read.problem(
    field,
    parsed.reason === 'too-many-decimals'
      ? `${text} has more than ${QUANTITY_DECIMALS} decimals`
      : `${text} is not a quantity of zero or more (write it like 10 or 2.5)`,
  )
  return undefined
}

/** "box=12|case=144": how many base units one of each holds. */
function readUnits(value: string, read: FieldReader): ItemUnit[] {
  const units: ItemUnit[] = []
  for (const part of value.split('|').filter((p) => p.trim() !== '')) {
    const [unit = '', count = '', extra] = part.split('=').map((text) => text.trim())
    const parsed = parseMoney(count, QUANTITY_DECIMALS)
    if (!unit || extra !== undefined || !parsed.ok || parsed.value <= 0n) {
      read.problem('units', `${part.trim()} is not a unit like box=12 (base units in one)`)
      continue
    }
    if (unit.length > 20) read.problem('units', `Unit ${unit} is longer than 20 characters`)
    if (units.some((u) => u.unit.toLowerCase() === unit.toLowerCase()))
      read.problem('units', `Unit ${unit} is given twice`)
    units.push({ unit, factor: parsed.value })
  }
  return units
}

/** "4006381333931|14006381333938:box": codes, each optionally counting one of a unit. */
function readBarcodes(value: string, read: FieldReader): ItemRow['barcodes'] {
  const barcodes: ItemRow['barcodes'] = []
  for (const part of value.split('|').filter((p) => p.trim() !== '')) {
    const [code = '', unit, extra] = part.split(':').map((text) => text.trim())
    if (!code || unit === '' || extra !== undefined || code.length > 64) {
      read.problem('barcodes', `${part.trim()} is not a barcode like 4006381333931 or CODE:box`)
      continue
    }
    if (barcodes.some((b) => b.code === code)) read.problem('barcodes', `${code} is given twice`)
    barcodes.push({ code, unit: unit ?? null })
  }
  return barcodes
}
