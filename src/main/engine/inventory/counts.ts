import type {
  StartCountInput,
  StockDocument,
  StockLineInput,
} from '../../../shared/domain/inventory'
import { validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { createStockDocument } from './documents'

interface Held {
  product_id: string
  bin_id: string
  lot_id: string
  quantity: bigint
  lot_number: string | null
}

/**
 * A draft count sheet for a warehouse (optionally one category or a list of items): a line for
 * each place holding stock, expecting what is on hand there now, and one for each chosen item
 * not held there (unless tracked by lot: a lot found is added when scanned). Lines start blank
 * (not counted); approving (posting) the sheet moves the differences of the lines counted.
 */
export function startCount(ctx: CompanyContext, input: StartCountInput): StockDocument {
  return ctx.transaction(() => {
    let products = ctx.db
      .selectFrom('product')
      .select(['id', 'lot_tracked'])
      .where('kind', '=', 'stocked')
      .where('archived', '=', 0n)
    if (input.categoryId) products = products.where('category_id', '=', input.categoryId)
    if (input.productIds)
      products = products.where('id', 'in', input.productIds.length ? input.productIds : [''])
    const items = ctx.q.all(products.orderBy('code'))
    const held = ctx.q
      .prepare(
        `SELECT h.product_id, h.bin_id, h.lot_id, h.quantity, lot.number AS lot_number
         FROM stock_on_hand h LEFT JOIN lot ON lot.id = h.lot_id
         WHERE h.warehouse_id = ? AND h.quantity <> 0 ORDER BY h.bin_id, lot.number`,
      )
      .all(input.warehouseId) as Held[]
    const byItem = new Map<string, Held[]>()
    for (const row of held) byItem.set(row.product_id, [...(byItem.get(row.product_id) ?? []), row])
    const lines: StockLineInput[] = []
    const expected: bigint[] = []
    for (const item of items) {
      const places = byItem.get(item.id) ?? []
      for (const place of places) {
        lines.push({
          productId: item.id,
          quantity: null,
          ...(place.bin_id ? { binId: place.bin_id } : {}),
          ...(place.lot_number ? { lotNumber: place.lot_number } : {}),
        })
        expected.push(place.quantity)
      }
      if (places.length === 0 && item.lot_tracked !== 1n) {
        lines.push({ productId: item.id, quantity: null })
        expected.push(0n)
      }
    }
    const draft = createStockDocument(ctx, {
      type: 'count',
      date: input.date,
      warehouseId: input.warehouseId,
      lines,
    })
    const setExpected = ctx.q.prepare(
      'UPDATE stock_document_line SET expected_quantity = ? WHERE document_id = ? AND line_no = ?',
    )
    expected.forEach((quantity, index) => setExpected.run(quantity, draft.id, index + 1))
    return {
      ...draft,
      lines: draft.lines.map((line, i) => ({ ...line, expectedQuantity: expected[i]! })),
    }
  })
}

/**
 * A count about to be approved, in the caller's transaction. Its blank lines stay blank (their
 * places keep their stock) unless `blanksAsZero` (a wall-to-wall count): then they become counts
 * of none, in the file and in `document`. A sheet with nothing counted at all is refused.
 */
export function settleBlankLines(
  ctx: CompanyContext,
  document: StockDocument,
  blanksAsZero: boolean,
): void {
  const blank = document.lines.filter((line) => line.quantity === null)
  if (blanksAsZero) {
    ctx.q
      .prepare(
        `UPDATE stock_document_line SET quantity = 0, base_quantity = 0
         WHERE document_id = ? AND quantity IS NULL`,
      )
      .run(document.id)
    for (const line of blank) line.quantity = line.baseQuantity = 0n
  } else if (blank.length > 0 && blank.length === document.lines.length)
    throw validationError(
      'lines',
      'Nothing on this sheet is counted yet: count at least one line, or approve with the blank lines counted as none',
    )
}
