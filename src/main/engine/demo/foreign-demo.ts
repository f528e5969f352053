import { addDays } from '../../../shared/dates'
import type { CompanyContext } from '../company/company-context'
import { createContact } from '../contacts/contacts'
import { saveBillDraft } from '../purchasing/bills'
import { postPurchaseDocument } from '../purchasing/post-purchase'
import { paySupplier } from '../purchasing/supplier-payments'
import { saveDocumentDraft } from '../sales/documents'
import { receivePayment } from '../sales/payments'
import { postDocument } from '../sales/post-document'
import type { SalesDemoBook, SalesDemoOptions } from './sales-demo'

/** Dollars to one euro, times 10^9, on the days the demo trades and settles. */
const EURO_RATES = { invoiced: 1_082_500_000n, paid: 1_104_000_000n, billed: 1_091_000_000n }
const RATE_SCALE = 1_000_000_000n

/**
 * Trade in another currency: a café abroad buys catering in euros (one invoice paid at a better
 * rate, so a gain is posted; one still open, revalued nowhere until it is paid), and an espresso
 * machine servicer bills in euros, paid at the day's rate. A euro company trades in dollars instead.
 */
export function addForeignTradeDemo(
  ctx: CompanyContext,
  book: SalesDemoBook,
  options: SalesDemoOptions & { bank: string },
): void {
  const { to, minorPerCent } = options
  const base = ctx.settings().currency
  const currency = base === 'EUR' ? 'USD' : 'EUR'
  // Base units per euro (or per dollar for a euro company), scaled: the demo's dollar is
  // minorPerCent / 100 base minor units per cent, i.e. minorPerCent base minor units per dollar.
  const perDollar = (minorPerCent * RATE_SCALE) / 10n ** BigInt(ctx.settings().decimals)
  const rate = (euroRate: bigint) =>
    currency === 'EUR' ? (perDollar * euroRate) / RATE_SCALE : (RATE_SCALE * RATE_SCALE) / euroRate
  const catering = book.products.get('CATER')!
  const servicing = book.products.get('DELIVERY')!

  const cafe = createContact(ctx, {
    name: 'Café Lumière',
    kind: 'company',
    isCustomer: true,
    isSupplier: false,
    paymentTermsDays: 30,
    currency,
    taxId: 'FR40303265045',
    tags: ['abroad'],
    addresses: [{ line1: '8 rue Mercière', city: 'Lyon', postalCode: '69002', country: 'FR' }],
  })
  const invoice = (date: string, guests: bigint) => {
    const draft = saveDocumentDraft(ctx, 'invoice', {
      contactId: cafe.id,
      date,
      currency,
      rate: rate(EURO_RATES.invoiced),
      lines: [{ productId: catering.id, quantity: guests * 1000n, unitPrice: 1450n }],
    })
    postDocument(ctx, draft.id, 'invoice')
    return draft
  }
  const paid = invoice(addDays(to, -75), 40n)
  receivePayment(ctx, {
    contactId: cafe.id,
    date: addDays(to, -40),
    accountId: options.bank,
    amount: paid.gross,
    currency,
    rate: rate(EURO_RATES.paid),
  })
  invoice(addDays(to, -12), 25n)

  const servicer = createContact(ctx, {
    name: 'Macchine Rossi S.r.l.',
    kind: 'company',
    isCustomer: false,
    isSupplier: true,
    paymentTermsDays: 30,
    currency,
    taxId: 'IT01234560157',
    addresses: [{ line1: 'Via Tortona 27', city: 'Milano', postalCode: '20144', country: 'IT' }],
  })
  const bill = saveBillDraft(ctx, {
    contactId: servicer.id,
    date: addDays(to, -50),
    reference: 'MR-2291',
    currency,
    rate: rate(EURO_RATES.billed),
    lines: [{ productId: servicing.id, quantity: 1000n, unitPrice: 18_000n }],
  })
  postPurchaseDocument(ctx, bill.id, 'bill')
  paySupplier(ctx, {
    contactId: servicer.id,
    date: addDays(to, -20),
    accountId: options.bank,
    amount: bill.gross,
    currency,
    rate: rate(EURO_RATES.paid),
  })
}
