import type { StockDocument, StockDocumentInput } from '../../../shared/domain/inventory'
import type { CompanyContext } from '../company/company-context'
import { createStockDocument } from './documents'

/** Creates and posts a stock document in one transaction. */
export function recordStockDocument(ctx: CompanyContext, input: StockDocumentInput): StockDocument {
  return ctx.transaction(() => {
    const draft = createStockDocument(ctx, input)
    return postStockDocument(ctx, draft.id)
  })
}

/** Posts a draft: numbers it, writes its moves, values them and posts its journal. */
export function postStockDocument(_ctx: CompanyContext, _id: string): StockDocument {
  throw new Error('not yet')
}
