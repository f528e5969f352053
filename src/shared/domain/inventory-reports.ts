/**
 * Inventory reports. Quantities are bigint thousandths of the item's base unit; money is bigint
 * minor units of the company's currency (`decimals` says how to show it). Valuation is per item,
 * company-wide: a warehouse's value is its share of the item's value by quantity.
 */
import type { Valuation } from './inventory-items'

export type InventoryReportName =
  'stock-summary' | 'stock-ledger' | 'stock-valuation' | 'low-stock' | 'expiring-lots'

export const INVENTORY_REPORT_NAMES: readonly InventoryReportName[] = [
  'stock-summary',
  'stock-ledger',
  'stock-valuation',
  'low-stock',
  'expiring-lots',
]

export interface InventoryReportParams {
  asOf?: string
  from?: string
  to?: string
  /** An item's code. */
  item?: string
  /** A warehouse's code. */
  warehouse?: string
  /** expiring-lots: how many days after `asOf` count as expiring soon. */
  days?: number
}

interface Header {
  currency: string
  decimals: number
  companyName: string
}

interface ItemColumns {
  productId: string
  code: string
  name: string
  unit: string
}

export interface WarehouseShare {
  warehouseId: string
  warehouseCode: string
  onHand: bigint
  value: bigint
}

export interface StockSummaryRow extends ItemColumns {
  onHand: bigint
  /** Reserved by open sales orders; orders name no warehouse, so it is the item's whole. */
  reserved: bigint
  available: bigint
  value: bigint
  warehouses: WarehouseShare[]
}

export interface StockSummary extends Header {
  asOf: string
  warehouseId: string | null
  rows: StockSummaryRow[]
  totals: { value: bigint }
}

export interface StockLedgerLine {
  moveId: string
  date: string
  documentId: string
  documentNumber: string | null
  documentType: string
  kind: string
  warehouseCode: string
  /** Who or where the stock came from or went to: the contact, or a transfer's other warehouse. */
  counterpart: string
  lotNumber: string | null
  binCode: string | null
  quantity: bigint
  value: bigint
  runningQuantity: bigint
  /** Null when limited to one warehouse: value is kept per item, not per warehouse. */
  runningValue: bigint | null
}

export interface StockLedger extends Header, ItemColumns {
  from: string
  to: string
  warehouseId: string | null
  opening: { quantity: bigint; value: bigint | null }
  lines: StockLedgerLine[]
  closing: { quantity: bigint; value: bigint | null }
}

export interface StockValuationRow extends ItemColumns {
  valuation: Valuation
  quantity: bigint
  value: bigint
  /** Minor units per one base unit, rounded half up; null with nothing on hand. */
  unitCost: bigint | null
}

export interface StockValuation extends Header {
  asOf: string
  rows: StockValuationRow[]
  totals: { value: bigint }
}

export interface LowStockRow extends ItemColumns {
  onHand: bigint
  reserved: bigint
  available: bigint
  reorderLevel: bigint
  reorderQuantity: bigint
  /** The reorder quantity, or more when that would not bring available up to the level. */
  suggested: bigint
}

export interface LowStock extends Header {
  asOf: string
  warehouseId: string | null
  rows: LowStockRow[]
}

export interface ExpiringLotRow extends ItemColumns {
  lotId: string
  lotNumber: string
  expiryDate: string
  /** Days from `asOf` to the expiry date; below zero it has expired. */
  daysLeft: number
  warehouseCode: string
  onHand: bigint
}

export interface ExpiringLots extends Header {
  asOf: string
  days: number
  warehouseId: string | null
  rows: ExpiringLotRow[]
}

export interface InventoryReportByName {
  'stock-summary': StockSummary
  'stock-ledger': StockLedger
  'stock-valuation': StockValuation
  'low-stock': LowStock
  'expiring-lots': ExpiringLots
}
