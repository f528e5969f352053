import type { StockDocument } from '../../../shared/domain/inventory'
import type { CompanyContext } from '../company/company-context'
import { startCount } from '../inventory/counts'
import { updateStockDocument } from '../inventory/documents'
import { onHand } from '../inventory/places'
import { postStockDocument, recordStockDocument } from '../inventory/post'
import { linesFromSource } from '../inventory/sources'
import { findAccountByCode } from '../ledger/accounts'
import { writePostedEntries } from '../ledger/posting'

/** Posted bills (or invoices) with stocked lines: what the back store receives (or delivers). */
export function stockedSources(
  ctx: CompanyContext,
  type: 'bill' | 'invoice',
): { id: string; date: string; contactId: string }[] {
  return ctx.q
    .prepare(
      `SELECT d.id, d.date, d.contact_id AS contactId FROM document d
       WHERE d.type = ? AND d.status = 'posted' AND EXISTS (SELECT 1 FROM document_line l
         JOIN product p ON p.id = l.product_id WHERE l.document_id = d.id AND p.kind = 'stocked')
       ORDER BY d.date, d.number`,
    )
    .all(type) as { id: string; date: string; contactId: string }[]
}

/** Whole units of `productId` held in `warehouseId` (the demo keeps these items by no bin or lot). */
export function held(ctx: CompanyContext, productId: string, warehouseId: string): bigint {
  return onHand(ctx, { productId, warehouseId, binId: null, lotId: null })
}

/** Delivers what a posted invoice sold of stocked items, as far as `warehouseId` holds them. */
export function deliverInvoice(
  ctx: CompanyContext,
  invoice: { id: string; contactId: string; date: string },
  warehouseId: string,
): void {
  const lines = linesFromSource(ctx, invoice.id, 'delivery')
    .map((line) => {
      const have = held(ctx, line.productId, warehouseId)
      return {
        productId: line.productId,
        quantity: line.remaining < have ? line.remaining : have,
        sourceLineNo: line.sourceLineNo,
      }
    })
    .filter((line) => line.quantity > 0n)
  if (lines.length)
    recordStockDocument(ctx, {
      type: 'delivery',
      date: invoice.date,
      warehouseId,
      contactId: invoice.contactId,
      sourceDocumentId: invoice.id,
      lines,
    })
}

/** A count of the shop's mugs and syrups: a vanilla bottle broke, two mugs turned up. */
export function countShop(
  ctx: CompanyContext,
  warehouseId: string,
  date: string,
  item: (code: string) => string,
): StockDocument {
  const codes = ['MUG-LOGO', 'SYR-VAN', 'SYR-CAR']
  const sheet = startCount(ctx, { warehouseId, date, productIds: codes.map(item) })
  const found = new Map([
    [item('MUG-LOGO'), 2000n],
    [item('SYR-VAN'), -1000n],
  ])
  updateStockDocument(ctx, sheet.id, {
    type: 'count',
    date,
    warehouseId,
    memo: 'Month-end count of the shop floor',
    lines: sheet.lines.map((line) => ({
      productId: line.productId,
      quantity: (line.expectedQuantity ?? 0n) + (found.get(line.productId) ?? 0n),
      ...(line.lotNumber && { lotNumber: line.lotNumber }),
    })),
  })
  return postStockDocument(ctx, sheet.id)
}

/** The opening stock was the owner's: its value moves from opening balances to capital. */
export function ownerBroughtStock(ctx: CompanyContext, date: string, value: bigint): void {
  const account = (code: string) => findAccountByCode(ctx, code)!.id
  writePostedEntries(ctx, [
    {
      date,
      reference: 'CAP-2',
      memo: 'Opening stock brought in by the owner',
      source: 'demo',
      lines: [
        { accountId: account('3900'), debit: value, credit: 0n },
        { accountId: account('3100'), debit: 0n, credit: value },
      ],
    },
  ])
}
