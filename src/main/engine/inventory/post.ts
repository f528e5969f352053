import type {
  PostStockOptions,
  StockDocument,
  StockDocumentInput,
} from '../../../shared/domain/inventory'
import { DaftarError, validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { nowIso } from '../ids'
import { reserveNumbers } from '../ledger/numbering'
import { settleBlankLines } from './counts'
import { getStockDocument, insertStockDraft } from './documents'
import { draftDocument, postedDocument } from './draft-document'
import { cachedProducts, type Product } from './line-rows'
import { planMoves } from './plan-moves'
import { stockPostingRules } from './settings'
import { documentAmounts, postRevaluations, postStockJournal } from './stock-journals'
import { writeMoves } from './write-moves'

export const SERIES: Record<StockDocument['type'], string> = {
  receipt: 'GR',
  delivery: 'DO',
  transfer: 'TR',
  adjustment: 'ADJ',
  count: 'SC',
  opening: 'OS',
}

const MARK_POSTED = `UPDATE stock_document SET status = 'posted', number = ?, journal_entry_id = ?,
  updated_at = ? WHERE id = ?`

/** Creates and posts a stock document in one transaction. */
export function recordStockDocument(ctx: CompanyContext, input: StockDocumentInput): StockDocument {
  return ctx.transaction(() => {
    const products = cachedProducts(ctx)
    const draft = insertStockDraft(ctx, input, products)
    return postDraft(ctx, draftDocument(ctx, draft, products), products)
  })
}

/**
 * Posts a draft: numbers it, writes its moves (refusing a shortfall under the 'refuse' policy),
 * values them, posts its journal and any revaluation a back-dated move causes, all at once. A
 * count's blank lines keep their places' stock unless `blanksAsZero`.
 */
export function postStockDocument(
  ctx: CompanyContext,
  id: string,
  options: PostStockOptions = {},
): StockDocument {
  return ctx.transaction(() => {
    const document = getStockDocument(ctx, id)
    if (document.status !== 'draft')
      throw new DaftarError('posted-is-final', `${document.number} is already ${document.status}`, {
        id,
      })
    return postDraft(ctx, document, cachedProducts(ctx), options.blanksAsZero === true)
  })
}

/** Posts `document`, a draft, in the caller's transaction; returns it as posted. */
function postDraft(
  ctx: CompanyContext,
  document: StockDocument,
  products: (id: string) => Product | undefined,
  blanksAsZero = false,
): StockDocument {
  const rules = stockPostingRules(ctx)
  refuseLockedDate(ctx, document.date, rules.lockDate)
  if (document.lines.length === 0)
    throw validationError('lines', 'A stock document needs at least one line')
  const counting = document.type === 'count'
  if (counting) settleBlankLines(ctx, document, blanksAsZero)
  const planned = planMoves(ctx, document)
  const [number] = reserveNumbers(ctx, SERIES[document.type], 1)
  const { values, revaluations } = writeMoves(ctx, document.date, planned, {
    refuse: rules.refuse,
    valuationOf: (productId) => products(productId)!.valuation,
  })
  const journalId = postStockJournal(
    ctx,
    {
      date: document.date,
      reference: number!,
      memo: document.memo || document.reason,
      amounts: documentAmounts(document.type, values),
    },
    true,
  )
  ctx.q.prepare(MARK_POSTED).run(number, journalId, nowIso(), document.id)
  postRevaluations(ctx, revaluations, number!)
  ctx.changes.append('stock_document', document.id, 'post', {
    number,
    journalEntryId: journalId,
    ...(counting && blanksAsZero ? { blanksAsZero } : {}),
  })
  return postedDocument(document, number!, journalId, planned, values)
}

export function refuseLockedDate(
  ctx: CompanyContext,
  date: string,
  lockDate = ctx.settings().lockDate,
): void {
  if (lockDate && date <= lockDate)
    throw new DaftarError(
      'period-locked',
      `The books are locked up to ${lockDate}; ${date} is on or before that`,
      { field: 'date' },
    )
}
