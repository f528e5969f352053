import type { StartCountInput, StockDocument } from '../../../shared/domain/inventory'
import type { CompanyContext } from '../company/company-context'

/** A draft count sheet for a warehouse, each line expecting what is on hand now. */
export function startCount(_ctx: CompanyContext, _input: StartCountInput): StockDocument {
  throw new Error('not yet')
}
