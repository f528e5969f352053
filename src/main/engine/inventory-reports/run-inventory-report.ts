import { fiscalYearStartFor, today } from '../../../shared/dates'
import type {
  InventoryReportByName,
  InventoryReportName,
  InventoryReportParams,
} from '../../../shared/domain/inventory-reports'
import { validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { expiringLots } from './expiring-lots'
import { lowStock } from './low-stock'
import { itemByCode, warehouseScope } from './report-scope'
import { stockLedger } from './stock-ledger'
import { stockSummary } from './stock-summary'
import { stockValuation } from './stock-valuation'

/** Days ahead that expiring-lots looks when not told. */
export const EXPIRY_DAYS = 30

/**
 * Runs an inventory report by name with the CLI's parameters (codes, not ids) and their
 * defaults: `asOf` and `to` today, `from` the first day of the fiscal year that holds `to`.
 */
export function runInventoryReport<N extends InventoryReportName>(
  ctx: CompanyContext,
  name: N,
  params: InventoryReportParams = {},
): InventoryReportByName[N] {
  const asOf = params.asOf ?? today()
  const productId = params.item === undefined ? undefined : itemByCode(ctx, params.item).id
  const warehouseId = warehouseScope(ctx, params.warehouse) ?? undefined
  const reports: { [K in InventoryReportName]: () => InventoryReportByName[K] } = {
    'stock-summary': () => stockSummary(ctx, { asOf, productId, warehouseId }),
    'stock-ledger': () => {
      if (productId === undefined)
        throw validationError('item', 'The stock ledger is for one item: give --item CODE')
      const to = params.to ?? today()
      const from = params.from ?? fiscalYearStartFor(to, ctx.settings().fiscalYearStart)
      return stockLedger(ctx, { productId, from, to, warehouseId })
    },
    'stock-valuation': () => stockValuation(ctx, { asOf, productId }),
    'low-stock': () => lowStock(ctx, { asOf, warehouseId }),
    'expiring-lots': () =>
      expiringLots(ctx, { asOf, days: params.days ?? EXPIRY_DAYS, productId, warehouseId }),
  }
  return reports[name]()
}
