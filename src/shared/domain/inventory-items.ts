/**
 * Inventory items and places: warehouses with bins, item categories, each stocked product's stock
 * settings, units of measure, barcodes and lots, and how much of an item is available.
 * Quantities are bigint thousandths of the item's base unit (product.unit) unless said otherwise.
 */
import type { Product } from './sales'

export type Valuation = 'fifo' | 'average'

export interface WarehouseInput {
  code: string
  name: string
  address?: string
}

export interface Warehouse {
  id: string
  code: string
  name: string
  address: string
  archived: boolean
}

export interface BinInput {
  warehouseId: string
  code: string
}

export interface Bin {
  id: string
  warehouseId: string
  code: string
  archived: boolean
}

export interface ItemCategory {
  id: string
  name: string
}

/** The stock settings of a stocked product; what is absent is left as it is. */
export interface ItemSettingsInput {
  valuation?: Valuation
  categoryId?: string | null
  /** Thousandths of the base unit. */
  reorderLevel?: bigint
  reorderQuantity?: bigint
  lotTracked?: boolean
}

export interface ItemSettings {
  valuation: Valuation
  categoryId: string | null
  reorderLevel: bigint
  reorderQuantity: bigint
  lotTracked: boolean
}

/** Another unit an item is counted in: `factor` thousandths of the base unit make one of it. */
export interface ItemUnit {
  unit: string
  factor: bigint
}

export interface ItemBarcode {
  code: string
  productId: string
  /** Null: the code stands for one base unit. */
  unit: string | null
}

/** A stocked product with everything the stock screens need to know about it. */
export interface StockItem extends ItemSettings {
  product: Product
  categoryName: string | null
  units: ItemUnit[]
  barcodes: ItemBarcode[]
  /** True once any stock move names it: valuation and lot tracking are then fixed. */
  hasMoves: boolean
}

/** What a scanned code stands for: `factor` thousandths of the base unit per one `unit`. */
export interface ScanResult {
  product: Product
  unit: string
  factor: bigint
}

export interface Lot {
  id: string
  productId: string
  number: string
  expiryDate: string | null
  /** On hand now in all warehouses. */
  onHand: bigint
}

export interface WarehouseQuantity {
  warehouseId: string
  warehouseCode: string
  onHand: bigint
}

export interface Availability {
  productId: string
  code: string
  name: string
  unit: string
  /** Only warehouses that hold or held some of it. */
  warehouses: WarehouseQuantity[]
  onHand: bigint
  /** Ordered on open sales orders and not yet delivered. */
  reserved: bigint
  /** On hand less reserved; below zero when more is promised than held. */
  available: bigint
}
