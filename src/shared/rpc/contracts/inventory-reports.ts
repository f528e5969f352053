import { z } from 'zod'
import type {
  ExpiringLots,
  LowStock,
  StockLedger,
  StockSummary,
  StockValuation,
} from '../../domain/inventory-reports'
import { procedure } from '../procedure'
import { isoDate } from '../fields'

const optionalId = z.string().min(1).optional()

/** The inventory reports for the screens, spread into the one contract. */
export const inventoryReportsContract = {
  'reports.stockSummary': procedure<StockSummary>()(
    z.object({ asOf: isoDate, productId: optionalId, warehouseId: optionalId }),
    'read',
  ),
  'reports.stockLedger': procedure<StockLedger>()(
    z.object({ productId: z.string().min(1), from: isoDate, to: isoDate, warehouseId: optionalId }),
    'read',
  ),
  'reports.stockValuation': procedure<StockValuation>()(
    z.object({ asOf: isoDate, productId: optionalId }),
    'read',
  ),
  'reports.lowStock': procedure<LowStock>()(
    z.object({ asOf: isoDate, warehouseId: optionalId }),
    'read',
  ),
  'reports.expiringLots': procedure<ExpiringLots>()(
    z.object({
      asOf: isoDate,
      days: z.number().int().min(0).max(36_500),
      productId: optionalId,
      warehouseId: optionalId,
    }),
    'read',
  ),
} as const
