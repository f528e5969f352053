import type {
  DocumentInput,
  Product,
  SalesDocument,
  TaxCode,
  TaxRounding,
} from '../../../shared/domain/sales'
import { toDecimalString } from '../../../shared/money'
import { parseDecimal, QUANTITY_DECIMALS, quantityText, type NumberProblem } from '../sales-numbers'
import {
  documentCurrencyInput,
  documentDecimals,
  pricedInCompanyCurrency,
  type RateProblem,
  type TypedCurrency,
} from '../currency/document-currency'
import {
  lineAmount,
  sumTaxed,
  taxLines,
  type TaxedLine as Taxed,
} from '../../../shared/money/tax-math'

/** One invoice line as typed: text until the invoice is sent. */
export interface InvoiceLineDraft {
  key: string
  productId: string
  /** What the product cell shows; a product is chosen only when `productId` is set. */
  productText: string
  description: string
  quantity: string
  unitPrice: string
  /** '' for no tax. */
  taxCodeId: string
  accountId: string
  accountText: string
  /** The product's own sales price while the line's price follows the price list; unset once
   * the price is typed by hand (or the line was loaded from a saved document). */
  listPrice?: bigint
}

export interface InvoiceDraft {
  contactId: string
  contactText: string
  date: string
  dueDate: string
  reference: string
  memo: string
  lines: InvoiceLineDraft[]
}

export type InvoiceLineColumn =
  'product' | 'description' | 'quantity' | 'unitPrice' | 'taxCode' | 'account'

export const invoiceLineField = (key: string, column: InvoiceLineColumn) => `lines.${key}.${column}`

export function parseInvoiceLineField(
  field: string,
): { key: string; column: InvoiceLineColumn } | null {
  const match = /^lines\.([^.]+)\.(product|description|quantity|unitPrice|taxCode|account)$/.exec(
    field,
  )
  return match ? { key: match[1]!, column: match[2] as InvoiceLineColumn } : null
}

export function blankInvoiceLine(key: string): InvoiceLineDraft {
  return {
    key,
    productId: '',
    productText: '',
    description: '',
    quantity: '',
    unitPrice: '',
    taxCodeId: '',
    accountId: '',
    accountText: '',
  }
}

export function isBlankInvoiceLine(line: InvoiceLineDraft): boolean {
  return (
    !line.productText.trim() &&
    !line.description.trim() &&
    !line.quantity.trim() &&
    !line.unitPrice.trim() &&
    !line.accountText.trim()
  )
}

export interface NumberRules extends TypedCurrency {
  /** The decimals of the document's currency (the company's unless `currency` names another). */
  decimals: number
  locale: string
  /** The company's currency; a document in another (`currency`) sends it with its `rate`. */
  baseCurrency?: string
}

/** Picking a product fills the line from it: price, tax code and income account. */
export function withProduct(
  line: InvoiceLineDraft,
  product: Product,
  rules: NumberRules,
  accountText: string,
): InvoiceLineDraft {
  return {
    ...line,
    productId: product.id,
    productText: productLabel(product),
    description: product.name,
    quantity: line.quantity.trim() ? line.quantity : '1',
    // Product prices are in the company's currency: a foreign document's line is priced by hand.
    unitPrice: pricedInCompanyCurrency(rules)
      ? toDecimalString(product.salesPrice, rules.decimals)
      : '',
    listPrice: pricedInCompanyCurrency(rules) ? product.salesPrice : undefined,
    taxCodeId: product.taxCodeId ?? '',
    accountId: product.incomeAccountId,
    accountText,
  }
}

export const productLabel = (product: Pick<Product, 'code' | 'name'>) =>
  `${product.code} ${product.name}`

/** Each line's net, tax and gross as typed (lines that do not parse count as zero), and the sum. */
export function invoiceTotals(
  lines: readonly InvoiceLineDraft[],
  taxCodes: ReadonlyMap<string, TaxCode>,
  rounding: TaxRounding,
  rules: NumberRules,
): { lines: Taxed[]; total: Taxed } {
  const taxed = taxLines(
    lines.map((line) => {
      const quantity = parseDecimal(line.quantity, QUANTITY_DECIMALS, rules.locale)
      const price = parseDecimal(line.unitPrice, rules.decimals, rules.locale)
      const code = taxCodes.get(line.taxCodeId)
      const amount = quantity?.ok && price?.ok ? lineAmount(quantity.value, price.value) : 0n
      return {
        amount,
        rate: BigInt(code?.rate ?? 0),
        inclusive: code?.pricesIncludeTax ?? false,
        group: code?.id ?? '',
      }
    }),
    rounding,
  )
  return { lines: taxed, total: sumTaxed(taxed) }
}

export type InvoiceProblem =
  | 'customer'
  | 'product'
  | 'quantity'
  | 'quantity-zero'
  | 'account'
  | 'no-lines'
  | `price-${NumberProblem}`
  | RateProblem

export type BuildInvoiceResult =
  | { ok: true; input: DocumentInput; lineKeys: string[] }
  | { ok: false; problems: Record<string, InvoiceProblem> }

/** The document to send: blank lines dropped, numbers exact; or every field at fault. */
export function buildInvoiceInput(draft: InvoiceDraft, rules: NumberRules): BuildInvoiceResult {
  const problems: Record<string, InvoiceProblem> = {}
  if (!draft.contactId) problems.contactId = 'customer'
  const exchange = documentCurrencyInput(rules, rules.baseCurrency ?? '', rules.locale)
  if (!exchange.ok) problems.rate = exchange.problem
  const lines: DocumentInput['lines'] = []
  const lineKeys: string[] = []
  for (const line of draft.lines) {
    if (isBlankInvoiceLine(line)) continue
    const at = (column: InvoiceLineColumn) => invoiceLineField(line.key, column)
    if (!line.productId && line.productText.trim()) problems[at('product')] = 'product'
    else if (!line.productId && !line.accountId) problems[at('account')] = 'account'
    const quantity = parseDecimal(line.quantity, QUANTITY_DECIMALS, rules.locale)
    if (!quantity || (quantity.ok && quantity.value === 0n))
      problems[at('quantity')] = 'quantity-zero'
    else if (!quantity.ok) problems[at('quantity')] = 'quantity'
    const price = parseDecimal(line.unitPrice, rules.decimals, rules.locale)
    if (price && !price.ok) problems[at('unitPrice')] = `price-${price.problem}`
    if (quantity?.ok && (!price || price.ok)) {
      const description = line.description.trim()
      lines.push({
        productId: line.productId || null,
        ...(description ? { description } : {}),
        quantity: quantity.value,
        ...(price ? { unitPrice: price.value } : {}),
        taxCodeId: line.taxCodeId || null,
        ...(line.accountId ? { accountId: line.accountId } : {}),
      })
      lineKeys.push(line.key)
    }
  }
  if (lines.length === 0 && Object.keys(problems).length === 0) problems.lines = 'no-lines'
  if (Object.keys(problems).length > 0) return { ok: false, problems }
  const reference = draft.reference.trim()
  const memo = draft.memo.trim()
  return {
    ok: true,
    input: {
      contactId: draft.contactId,
      date: draft.date,
      ...(draft.dueDate ? { dueDate: draft.dueDate } : {}),
      ...(reference ? { reference } : {}),
      ...(memo ? { memo } : {}),
      ...(exchange.ok ? exchange.input : {}),
      lines,
    },
    lineKeys,
  }
}

/** A saved document back into the form. */
export function draftFromDocument(
  doc: SalesDocument,
  rules: NumberRules,
  labels: { product: (id: string) => string; account: (id: string) => string },
  nextKey: () => string,
): InvoiceDraft {
  const prices = { decimals: documentDecimals({ currency: doc.currency }, rules.decimals) }
  return {
    contactId: doc.contactId,
    contactText: doc.contactName,
    date: doc.date,
    dueDate: doc.dueDate,
    reference: doc.reference,
    memo: doc.memo,
    lines: doc.lines.map((line) => ({
      key: nextKey(),
      productId: line.productId ?? '',
      productText: line.productId ? labels.product(line.productId) : '',
      description: line.description,
      quantity: quantityText(line.quantity, rules.locale),
      unitPrice: toDecimalString(line.unitPrice, prices.decimals),
      taxCodeId: line.taxCodeId ?? '',
      accountId: line.accountId,
      accountText: labels.account(line.accountId),
    })),
  }
}
