import { isIsoDate } from '../../../shared/dates'
import { INVOICE_COLUMNS } from '../../../shared/domain/import-columns'
import type { DocumentLineInput } from '../../../shared/domain/sales'
import type { ImportProblem } from '../../../shared/errors'
import { currencyDecimals } from '../../../shared/money'
import type { RowVisitor } from './read-csv'
import { FieldReader } from './sales-import-fields'
import { otherRate, readCurrency, type ImportedCurrency } from './import-currency'
import { taxCodeId, type ProductLookups } from './products-import'

/** Where a row's currency and rate are, after its line's own columns. */
const CURRENCY_AT = INVOICE_COLUMNS.names.indexOf('currency')

/** Which side of trade a file is: invoices to customers or bills from suppliers. */
export interface DocumentSide {
  /** The document, as a person names it. */
  document: 'Invoice' | 'Bill'
  /** The contact column, and what the contact must be. */
  party: 'customer' | 'supplier'
  /** A line without a product posts here unless the file names an account. */
  defaultAccount: string | null
}

export const INVOICE_SIDE: DocumentSide = {
  document: 'Invoice',
  party: 'customer',
  defaultAccount: '4100', // the standard chart's sales
}

export const BILL_SIDE: DocumentSide = { document: 'Bill', party: 'supplier', defaultAccount: null }

/** What the tax_code column says for a line without tax when its product has a tax code. */
const NO_TAX = 'none'

export interface InvoiceLookups extends ProductLookups {
  /** Contacts by lower-case name (a name may be shared) and by id. */
  contacts: Map<
    string,
    { id: string; name: string; archived: boolean; isCustomer: boolean; isSupplier: boolean }[]
  >
  products: Map<string, { id: string; archived: boolean }>
  /** Source numbers already posted, per contact: `${contactId}\u0001${lower-case reference}`. */
  posted: Map<string, string>
}

/** One invoice or bill gathered from the file: the rows sharing its number, in file order. */
export interface ImportedInvoice {
  number: string
  date: string
  dueDate: string
  customer: string
  contactId: string
  /** Absent in the company's own currency. */
  currency?: ImportedCurrency
  lines: DocumentLineInput[]
  /** The CSV line of each of `lines`. */
  csvLines: number[]
}

/**
 * Reads each row of an invoice (or bill) file into its document: the first row of a number gives
 * the date, due date, customer (supplier), currency and rate, and later rows may repeat them or
 * leave them empty. Fields are in INVOICE_COLUMNS order. Prices are in the
 * document's currency. Lookups are in memory; pricing and tax are left to the document service.
 */
export function invoiceRowReader(
  lookups: InvoiceLookups,
  base: string,
  side: DocumentSide = INVOICE_SIDE,
): {
  visit: RowVisitor
  invoices: ImportedInvoice[]
  problems: ImportProblem[]
} {
  const problems: ImportProblem[] = []
  const byNumber = new Map<string, ImportedInvoice>()
  const invoices: ImportedInvoice[] = []

  const visit: RowVisitor = (fields, line) => {
    const read = new FieldReader(line, problems)
    const [numberText, dateText, dueText, customerText] = fields
    const [currencyText, rateText] = fields.slice(CURRENCY_AT) as [string, string]
    const number = read.text(
      numberText!,
      'number',
      200,
      `The ${side.document.toLowerCase()} number (rows with the same number form one ${side.document.toLowerCase()})`,
    )
    let invoice = byNumber.get(number)
    const first = !invoice
    if (!invoice) {
      const date = dateText!.trim()
      const dueDate = dueText!.trim()
      if (!isIsoDate(date))
        read.problem(
          'date',
          date ? `${date} is not a real date (YYYY-MM-DD)` : 'The date is required',
        )
      if (dueDate && !isIsoDate(dueDate))
        read.problem('due_date', `${dueDate} is not a real date (YYYY-MM-DD)`)
      else if (dueDate && isIsoDate(date) && dueDate < date)
        read.problem(
          'due_date',
          `The due date ${dueDate} is before the ${side.document.toLowerCase()} date ${date}`,
        )
      const customer = customerText!.trim()
      invoice = {
        number,
        date,
        dueDate,
        customer,
        contactId: contactId(customer, read, lookups, side.party),
        ...readCurrency(read, base, currencyText, rateText),
        lines: [],
        csvLines: [],
      }
      if (number) {
        byNumber.set(number, invoice)
        const already = lookups.posted.get(`${invoice.contactId}\u0001${number.toLowerCase()}`)
        if (already)
          read.problem(
            'number',
            `${side.document} ${number} of ${customer} is already in the books as ${already}`,
          )
      }
      invoices.push(invoice)
    }
    if (!first) {
      const same = (value: string, field: string, expected: string, what: string) => {
        const given = value.trim()
        if (given && given.toLowerCase() !== expected.toLowerCase())
          read.problem(
            field,
            `${side.document} ${number} has ${what} ${expected} on line ${invoice.csvLines[0]}, not ${given}`,
          )
      }
      same(dateText!, 'date', invoice.date, 'the date')
      same(dueText!, 'due_date', invoice.dueDate || '(empty)', 'the due date')
      same(customerText!, side.party, invoice.customer, `the ${side.party}`)
      same(currencyText, 'currency', invoice.currency?.code ?? base, 'the currency')
      const rate = otherRate(rateText, invoice.currency)
      if (rate)
        read.problem(
          'rate',
          `${side.document} ${number} has the rate ${rate} on line ${invoice.csvLines[0]}, not ${rateText.trim()}`,
        )
    }
    const decimals = invoice.currency?.decimals ?? currencyDecimals(base)
    invoice.lines.push(readLine(read, lookups, decimals, fields.slice(4), side.defaultAccount))
    invoice.csvLines.push(line)
  }
  return { visit, invoices, problems }
}

function contactId(
  name: string,
  read: FieldReader,
  lookups: InvoiceLookups,
  party: DocumentSide['party'],
): string {
  if (!name) {
    read.problem(party, `The ${party} is required`)
    return ''
  }
  const found = lookups.contacts.get(name.toLowerCase()) ?? []
  const contact = found[0]
  if (!contact) read.problem(party, `No contact is named ${name}`)
  else if (found.length > 1)
    read.problem(party, `${found.length} contacts are named ${name}; give the contact's id instead`)
  else if (!(party === 'customer' ? contact.isCustomer : contact.isSupplier))
    read.problem(party, `${contact.name} is not a ${party}`)
  else if (contact.archived) read.problem(party, `${contact.name} is archived`)
  return found.length === 1 ? contact!.id : ''
}

/** One row's line: its product (by code), quantity, price, tax code and account. */
function readLine(
  read: FieldReader,
  lookups: InvoiceLookups,
  decimals: number,
  fields: string[],
  defaultAccount: string | null,
): DocumentLineInput {
  const [productText, descriptionText, quantityText, priceText, taxText, accountText] = fields
  const code = productText!.trim()
  const product = code ? lookups.products.get(code) : undefined
  if (code && !product) read.problem('product', `No product has the code ${code}`)
  else if (product?.archived) read.problem('product', `Product ${code} is archived`)
  const description = read.text(descriptionText!, 'description', 500)
  if (!code && !description)
    read.problem('description', 'A line without a product needs a description')
  const quantity = read.quantity(quantityText!, 'quantity') ?? 1n
  const unitPrice = read.money(priceText!, 'unit_price', decimals)
  if (!code && unitPrice === null && !priceText!.trim())
    read.problem('unit_price', 'A line without a product needs a unit price')
  const tax = taxText!.trim()
  const line: DocumentLineInput = {
    productId: product?.id ?? null,
    description,
    quantity,
    // Left out, the document service takes the product's price and tax code.
    ...(unitPrice !== null ? { unitPrice } : {}),
    ...(tax.toLowerCase() === NO_TAX
      ? { taxCodeId: null }
      : tax
        ? { taxCodeId: taxCodeId(tax, read, lookups.taxCodes) }
        : {}),
  }
  const account = accountText!.trim() || (code ? '' : (defaultAccount ?? ''))
  if (!code && !account)
    read.problem('account', 'A line without a product needs the account it posts to')
  if (account) {
    const found = lookups.accounts.get(account)
    if (!found)
      read.problem(
        'account',
        accountText!.trim()
          ? `No account has the code ${account}`
          : `Give the account: the default ${account} is not in this chart of accounts`,
      )
    else if (found.archived) read.problem('account', `Account ${account} is archived`)
    else line.accountId = found.id
  }
  return line
}
