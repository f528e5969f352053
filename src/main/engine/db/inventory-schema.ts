import type { Generated } from 'kysely'

/** The inventory tables (migration 0006) as Kysely sees them; INTEGER columns are bigint. */
export interface InventoryTables {
  item_category: ItemCategoryTable
  item_unit: ItemUnitTable
  item_barcode: ItemBarcodeTable
  warehouse: WarehouseTable
  bin: BinTable
  lot: LotTable
  stock_document: StockDocumentTable
  stock_document_line: StockDocumentLineTable
  stock_move: StockMoveTable
  stock_revaluation: StockRevaluationTable
  stock_layer: StockLayerTable
  stock_on_hand: StockOnHandTable
  stock_item_day: StockItemDayTable
  stock_warehouse_day: StockWarehouseDayTable
}

export type StockDocumentType =
  'receipt' | 'delivery' | 'transfer' | 'adjustment' | 'count' | 'opening'
export type StockMoveKind =
  | 'receipt'
  | 'delivery'
  | 'transfer_out'
  | 'transfer_in'
  | 'adjustment'
  | 'count'
  | 'opening'
  | 'cancel'

export interface ItemCategoryTable {
  id: string
  name: string
  created_at: string
}

export interface ItemUnitTable {
  product_id: string
  unit: string
  factor: bigint // thousandths of the base unit in one of this unit
}

export interface ItemBarcodeTable {
  code: string
  product_id: string
  unit: string | null // null: one base unit
}

export interface WarehouseTable {
  id: string
  code: string
  name: string
  address: Generated<string>
  archived: Generated<bigint>
  created_at: string
  updated_at: string
}

export interface BinTable {
  id: string
  warehouse_id: string
  code: string
  archived: Generated<bigint>
  created_at: string
}

export interface LotTable {
  id: string
  product_id: string
  number: string
  expiry_date: string | null
  created_at: string
}

export interface StockDocumentTable {
  id: string
  type: StockDocumentType
  number: string | null
  date: string
  status: 'draft' | 'posted' | 'cancelled'
  warehouse_id: string
  to_warehouse_id: string | null
  contact_id: string | null
  source_document_id: string | null
  reason: Generated<string>
  memo: Generated<string>
  journal_entry_id: string | null
  cancel_entry_id: string | null
  cancelled_on: string | null
  created_at: string
  updated_at: string
}

export interface StockDocumentLineTable {
  document_id: string
  line_no: bigint
  product_id: string
  unit: string
  quantity: bigint | null // thousandths of `unit`; null: a count line not counted
  base_quantity: bigint | null // thousandths of the base unit
  expected_quantity: bigint | null
  unit_cost: bigint | null // base minor units per base unit
  lot_id: string | null
  bin_id: string | null
  to_bin_id: string | null
  source_line_no: bigint | null
}

export interface StockMoveTable {
  id: Generated<bigint>
  document_id: string
  line_no: bigint
  kind: StockMoveKind
  product_id: string
  warehouse_id: string
  bin_id: string | null
  lot_id: string | null
  date: string
  quantity: bigint // signed thousandths of the base unit
  value: bigint // signed base minor units, as currently valued
}

export interface StockRevaluationTable {
  id: string
  move_id: bigint
  date: string
  delta: bigint
  journal_entry_id: string | null
  created_at: string
}

export interface StockLayerTable {
  move_id: bigint
  product_id: string
  remaining_quantity: bigint
  remaining_value: bigint
}

export interface StockOnHandTable {
  product_id: string
  warehouse_id: string
  bin_id: Generated<string>
  lot_id: Generated<string>
  quantity: bigint
}

export interface StockItemDayTable {
  product_id: string
  day: string
  quantity: bigint
  value: bigint
}

export interface StockWarehouseDayTable {
  product_id: string
  warehouse_id: string
  day: string
  quantity: bigint
}
