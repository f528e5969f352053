import type { ScanResult, StockItem } from '../../shared/domain/inventory-items'
import type { ScannedItem } from './scan-lines'

/** Live items whose code starts with, or whose name contains, the typed text (any case). */
export function matchItems(items: readonly StockItem[], query: string, limit = 8): StockItem[] {
  const wanted = query.trim().toLowerCase()
  if (!wanted) return []
  const exact = items.filter((item) => item.product.code.toLowerCase() === wanted)
  const rest = items.filter(
    (item) =>
      !item.product.archived &&
      item.product.code.toLowerCase() !== wanted &&
      (item.product.code.toLowerCase().startsWith(wanted) ||
        item.product.name.toLowerCase().includes(wanted)),
  )
  return [...exact, ...rest].slice(0, limit)
}

/** One base unit of an item picked from the list. */
export function pickedItem(item: StockItem): ScannedItem {
  return {
    productId: item.product.id,
    code: item.product.code,
    name: item.product.name,
    baseUnit: item.product.unit,
    lotTracked: item.lotTracked,
    unit: item.product.unit,
    factor: 1000n,
  }
}

/** What the engine said a scanned code is, with the item's lot tracking from the list. */
export function scannedItem(scan: ScanResult, item: StockItem | undefined): ScannedItem {
  return {
    productId: scan.product.id,
    code: scan.product.code,
    name: scan.product.name,
    baseUnit: scan.product.unit,
    lotTracked: item?.lotTracked ?? false,
    unit: scan.unit,
    factor: scan.factor,
  }
}
