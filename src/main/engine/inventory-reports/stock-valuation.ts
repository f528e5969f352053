import type { StockValuation } from '../../../shared/domain/inventory-reports'
import { divideHalfUp, QUANTITY_SCALE } from '../../../shared/money/tax-math'
import type { CompanyContext } from '../company/company-context'
import { assertDate, reportHeader } from '../reports/report-header'
import { itemPositions } from './stock-position'

/**
 * Each item's quantity and value at the end of `asOf`, from its latest stock_item_day row on or
 * before it (never the moves): what the inventory account's balance is that day.
 */
export function stockValuation(
  ctx: CompanyContext,
  query: { asOf: string; productId?: string },
): StockValuation {
  assertDate('asOf', query.asOf)
  const rows = itemPositions(ctx, query.asOf, query.productId ?? null)
    .filter((item) => item.quantity !== 0n || item.value !== 0n)
    .map((item) => ({
      productId: item.productId,
      code: item.code,
      name: item.name,
      unit: item.unit,
      valuation: item.valuation,
      quantity: item.quantity,
      value: item.value,
      unitCost:
        item.quantity > 0n ? divideHalfUp(item.value * QUANTITY_SCALE, item.quantity) : null,
    }))
  return {
    ...reportHeader(ctx),
    asOf: query.asOf,
    rows,
    totals: { value: rows.reduce((sum, row) => sum + row.value, 0n) },
  }
}
