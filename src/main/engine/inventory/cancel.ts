import type { StockDocument } from '../../../shared/domain/inventory'
import type { CompanyContext } from '../company/company-context'

/** Cancels a posted document on `date`: reversing moves and a reversing journal. */
export function cancelStockDocument(
  _ctx: CompanyContext,
  _id: string,
  _date: string,
): StockDocument {
  throw new Error('not yet')
}
