/**
 * Inventory stock documents: receipts, deliveries, transfers, adjustments, counts and opening
 * stock, each a draft until posted into stock moves (and its journal), and cancelled by reversal.
 * Quantities are bigint thousandths (of the line's unit as typed, or of the item's base unit where
 * said); money is bigint base-currency minor units.
 */

export type StockDocumentType =
  'receipt' | 'delivery' | 'transfer' | 'adjustment' | 'count' | 'opening'
export type StockDocumentStatus = 'draft' | 'posted' | 'cancelled'
export type NegativeStockPolicy = 'refuse' | 'allow'

export interface StockLineInput {
  productId: string
  /** One of the item's units; the base unit (product.unit) when absent. */
  unit?: string
  /**
   * Thousandths of `unit`. Positive, except on an adjustment (negative takes stock out) and a
   * count line (what was counted, zero or more; null: not counted, its stock is left as it is).
   */
  quantity: bigint | null
  /**
   * Base-currency minor units per base unit, for stock coming in. Receipts default to the source
   * line's price or the product's purchase price; adjustments in to the item's current unit cost;
   * opening stock requires it.
   */
  unitCost?: bigint
  /** Required for lot-tracked items; a new number creates the lot (with `lotExpiry`). */
  lotNumber?: string
  lotExpiry?: string | null
  binId?: string | null
  /** A transfer's bin in the receiving warehouse. */
  toBinId?: string | null
  /** The source document's line this one receives or delivers (1-based). */
  sourceLineNo?: number
}

export interface StockDocumentInput {
  type: StockDocumentType
  date: string
  warehouseId: string
  /** Transfers only: where the stock goes. */
  toWarehouseId?: string
  contactId?: string
  /** Receipts: a purchase order or bill; deliveries: a sales order or invoice. */
  sourceDocumentId?: string
  reason?: string
  memo?: string
  lines: StockLineInput[]
}

export interface StockDocumentLine {
  lineNo: number
  productId: string
  productCode: string
  productName: string
  unit: string
  /** Null only on a count line not counted (approving left that place's stock as it was). */
  quantity: bigint | null
  /** The same quantity in thousandths of the base unit. */
  baseQuantity: bigint | null
  /** Count lines: on hand in that place when the sheet was made. */
  expectedQuantity: bigint | null
  unitCost: bigint | null
  lotId: string | null
  lotNumber: string | null
  lotExpiry: string | null
  binId: string | null
  toBinId: string | null
  sourceLineNo: number | null
  /** Signed value of the line's moves as now valued (0 for a draft or a transfer). */
  value: bigint
}

export interface StockDocumentSummary {
  id: string
  type: StockDocumentType
  number: string | null
  date: string
  status: StockDocumentStatus
  warehouseId: string
  warehouseCode: string
  toWarehouseId: string | null
  contactId: string | null
  sourceDocumentId: string | null
  reason: string
  lineCount: number
}

export interface StockDocument extends StockDocumentSummary {
  memo: string
  journalEntryId: string | null
  cancelEntryId: string | null
  cancelledOn: string | null
  /** Signed total value of the document's own moves (cancelling moves not included). */
  value: bigint
  lines: StockDocumentLine[]
}

export interface StockDocumentFilter {
  type?: StockDocumentType
  status?: StockDocumentStatus
  warehouseId?: string
  sourceDocumentId?: string
  from?: string
  to?: string
  limit?: number
}

export interface PostStockOptions {
  /** A count: lines not counted are counted as none (a wall-to-wall count), not left as they are. */
  blanksAsZero?: boolean
}

export interface StartCountInput {
  warehouseId: string
  date: string
  categoryId?: string
  productIds?: string[]
}

/** A source document's line with what is left to receive or deliver, in base thousandths. */
export interface SourceLine {
  sourceLineNo: number
  productId: string
  productCode: string
  productName: string
  unit: string
  ordered: bigint
  done: bigint
  remaining: bigint
  /** Base minor units per base unit, from the line's price at the document's rate. */
  unitCost: bigint
}

export interface InventorySettings {
  negativeStock: NegativeStockPolicy
  /** The set default, or the first live warehouse by code; null when there is none. */
  defaultWarehouseId: string | null
}
