import { z } from 'zod'
import type {
  Availability,
  Bin,
  ItemBarcode,
  ItemCategory,
  Lot,
  ScanResult,
  StockItem,
  Warehouse,
} from '../../domain/inventory-items'
import { procedure } from '../procedure'
import { id, isoDate } from '../fields'

const code = z.string().max(64)
const quantity = z.bigint().nonnegative()
const ok = procedure<{ ok: true }>()
const warehouseInput = z.object({
  code: z.string().max(20),
  name: z.string().max(200),
  address: z.string().max(1000).optional(),
})

/** Items and places: warehouses, bins, categories, stock settings, units, barcodes, lots. */
export const inventoryItemsContract = {
  'warehouses.list': procedure<Warehouse[]>()(
    z.object({ includeArchived: z.boolean().optional() }),
    'read',
  ),
  'warehouses.create': procedure<Warehouse>()(warehouseInput, 'write'),
  'warehouses.update': procedure<Warehouse>()(warehouseInput.extend({ id }), 'write'),
  'warehouses.setArchived': procedure<Warehouse>()(
    z.object({ id, archived: z.boolean() }),
    'write',
  ),
  'warehouses.delete': ok(z.object({ id }), 'write'),
  'bins.list': procedure<Bin[]>()(
    z.object({ warehouseId: id, includeArchived: z.boolean().optional() }),
    'read',
  ),
  'bins.create': procedure<Bin>()(z.object({ warehouseId: id, code: z.string().max(40) }), 'write'),
  'bins.rename': procedure<Bin>()(z.object({ id, code: z.string().max(40) }), 'write'),
  'bins.setArchived': procedure<Bin>()(z.object({ id, archived: z.boolean() }), 'write'),
  'itemCategories.list': procedure<ItemCategory[]>()(z.object({}).optional(), 'read'),
  'itemCategories.create': procedure<ItemCategory>()(
    z.object({ name: z.string().max(100) }),
    'write',
  ),
  'itemCategories.rename': procedure<ItemCategory>()(
    z.object({ id, name: z.string().max(100) }),
    'write',
  ),
  'itemCategories.delete': ok(z.object({ id }), 'write'),
  'items.list': procedure<StockItem[]>()(
    z.object({
      categoryId: z.string().optional(),
      search: z.string().max(200).optional(),
      includeArchived: z.boolean().optional(),
    }),
    'read',
  ),
  'items.get': procedure<StockItem>()(z.object({ productId: id }), 'read'),
  'items.updateSettings': procedure<StockItem>()(
    z.object({
      productId: id,
      valuation: z.enum(['fifo', 'average']).optional(),
      categoryId: z.string().min(1).nullable().optional(),
      reorderLevel: quantity.optional(),
      reorderQuantity: quantity.optional(),
      lotTracked: z.boolean().optional(),
    }),
    'write',
  ),
  'items.setUnits': procedure<StockItem>()(
    z.object({
      productId: id,
      units: z.array(z.object({ unit: z.string().max(20), factor: z.bigint() })).max(50),
    }),
    'write',
  ),
  'items.addBarcode': procedure<ItemBarcode>()(
    z.object({ productId: id, code, unit: z.string().max(20).nullable().optional() }),
    'write',
  ),
  'items.removeBarcode': ok(z.object({ code }), 'write'),
  'items.scan': procedure<ScanResult>()(z.object({ code: z.string().max(200) }), 'read'),
  'items.lots': procedure<Lot[]>()(
    z.object({ productId: id, inStockOnly: z.boolean().optional() }),
    'read',
  ),
  'items.setLotExpiry': procedure<Lot>()(
    z.object({ lotId: id, expiryDate: isoDate.nullable() }),
    'write',
  ),
  'items.availability': procedure<Availability[]>()(
    z.object({ productIds: z.array(id).max(10_000) }),
    'read',
  ),
} as const
