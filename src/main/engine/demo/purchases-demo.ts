import { addDays } from '../../../shared/dates'
import type { CompanyContext } from '../company/company-context'
import { saveBillDraft } from '../purchasing/bills'
import { postPurchaseDocument } from '../purchasing/post-purchase'
import { paySupplier } from '../purchasing/supplier-payments'
import { getDocument } from '../sales/documents'
import type { SalesDemoBook, SalesDemoOptions } from './sales-demo'

/**
 * The roaster's monthly bill for the beans the shop sells on account, paid a month later (the
 * last ones still open), and the printer's bills for leaflets, one of them overdue; all through
 * the purchasing services.
 */
export function addPurchasesDemo(
  ctx: CompanyContext,
  book: SalesDemoBook,
  options: SalesDemoOptions,
  accounts: { bank: string; marketing: string },
): void {
  const { from, to, dice } = options
  const supplier = (name: string) => book.suppliers.find((c) => c.name === name)!.id
  const roaster = supplier('Roastworks Coffee Co')
  const printer = supplier('PrintHub')
  const bill = (contactId: string, date: string, reference: string, lines: BillLine[]) => {
    const draft = saveBillDraft(ctx, { contactId, date, reference, lines })
    postPurchaseDocument(ctx, draft.id, 'bill')
    return getDocument(ctx, draft.id)
  }
  let month = 0
  for (let date = addDays(from, 9); date <= to; date = addDays(date, 30), month++) {
    const beans = bill(roaster, date, `RW-${4100 + month}`, [
      { productId: book.products.get('COF-1KG')!.id, quantity: BigInt(dice.int(20, 40)) * 1000n },
      { productId: book.products.get('COF-DEC')!.id, quantity: BigInt(dice.int(5, 10)) * 1000n },
    ])
    const paidOn = addDays(beans.dueDate, dice.int(-3, 2))
    if (paidOn <= to)
      paySupplier(ctx, {
        contactId: roaster,
        date: paidOn,
        accountId: accounts.bank,
        amount: beans.gross,
        allocations: [{ documentId: beans.id, amount: beans.gross }],
      })
    if (month % 4 === 2) {
      const leaflets = bill(printer, addDays(date, 5), `PH-${month}`, [
        {
          description: 'Leaflets, 2,000',
          quantity: 1000n,
          unitPrice: (18_000n * options.minorPerCent) / 100n,
          accountId: accounts.marketing,
        },
      ])
      // The printer's last bill is not paid yet, though due.
      if (addDays(leaflets.dueDate, 60) <= to)
        paySupplier(ctx, {
          contactId: printer,
          date: leaflets.dueDate,
          accountId: accounts.bank,
          amount: leaflets.gross,
          allocations: [{ documentId: leaflets.id, amount: leaflets.gross }],
        })
    }
  }
}

type BillLine = Parameters<typeof saveBillDraft>[1]['lines'][number]
