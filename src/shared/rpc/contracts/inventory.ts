import { z } from 'zod'
import type {
  InventorySettings,
  SourceLine,
  StockDocument,
  StockDocumentSummary,
} from '../../domain/inventory'
import { procedure } from '../procedure'
import { id, isoDate } from '../fields'

const documentType = z.enum(['receipt', 'delivery', 'transfer', 'adjustment', 'count', 'opening'])
const ok = procedure<{ ok: true }>()

const lineInput = z.object({
  productId: id,
  unit: z.string().max(40).optional(),
  quantity: z.bigint().nullable(),
  unitCost: z.bigint().nonnegative().optional(),
  lotNumber: z.string().max(80).optional(),
  lotExpiry: isoDate.nullable().optional(),
  binId: z.string().nullable().optional(),
  toBinId: z.string().nullable().optional(),
  sourceLineNo: z.number().int().positive().optional(),
})

export const stockDocumentInput = z.object({
  type: documentType,
  date: isoDate,
  warehouseId: id,
  toWarehouseId: z.string().optional(),
  contactId: z.string().optional(),
  sourceDocumentId: z.string().optional(),
  reason: z.string().max(500).optional(),
  memo: z.string().max(2000).optional(),
  lines: z.array(lineInput).max(10_000),
})

/** Stock documents (receipts, deliveries, transfers, adjustments, counts, opening stock). */
export const inventoryContract = {
  'stockDocuments.list': procedure<StockDocumentSummary[]>()(
    z.object({
      type: documentType.optional(),
      status: z.enum(['draft', 'posted', 'cancelled']).optional(),
      warehouseId: z.string().optional(),
      sourceDocumentId: z.string().optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      limit: z.number().int().positive().max(10_000).optional(),
    }),
    'read',
  ),
  'stockDocuments.get': procedure<StockDocument>()(z.object({ id }), 'read'),
  'stockDocuments.saveDraft': procedure<StockDocument>()(
    stockDocumentInput.extend({ draftId: z.string().optional() }),
    'write',
  ),
  'stockDocuments.deleteDraft': ok(z.object({ id }), 'write'),
  'stockDocuments.post': procedure<StockDocument>()(
    z.object({ id, blanksAsZero: z.boolean().optional() }),
    'write',
  ),
  'stockDocuments.record': procedure<StockDocument>()(stockDocumentInput, 'write'),
  'stockDocuments.cancel': procedure<StockDocument>()(z.object({ id, date: isoDate }), 'write'),
  'stockDocuments.sourceLines': procedure<SourceLine[]>()(
    z.object({ sourceDocumentId: id, type: z.enum(['receipt', 'delivery']) }),
    'read',
  ),
  'stockCounts.start': procedure<StockDocument>()(
    z.object({
      warehouseId: id,
      date: isoDate,
      categoryId: z.string().optional(),
      productIds: z.array(id).max(100_000).optional(),
    }),
    'write',
  ),
  'inventorySettings.get': procedure<InventorySettings>()(z.object({}).optional(), 'read'),
  'inventorySettings.set': procedure<InventorySettings>()(
    z.object({
      negativeStock: z.enum(['refuse', 'allow']).optional(),
      defaultWarehouseId: z.string().nullable().optional(),
    }),
    'admin',
  ),
}

export type InventoryProcedureName = keyof typeof inventoryContract
