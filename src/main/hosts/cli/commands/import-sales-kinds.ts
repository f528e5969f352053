import type { ImportResult } from '../../../../shared/domain/imports'
import type { CompanyContext } from '../../../engine/company/company-context'
import { CONTACT_COLUMNS, importContacts } from '../../../engine/import/contacts-import'
import { importInvoices } from '../../../engine/import/invoices-import'
import { BILL_COLUMNS, INVOICE_COLUMNS } from '../../../engine/import/invoices-rows'
import { importBills } from '../../../engine/import/bills-import'
import { importProducts, PRODUCT_COLUMNS } from '../../../engine/import/products-import'

/** The imports for a business moving from another system, as `daftar import` kinds. */
export const SALES_IMPORT_KINDS: Record<
  'contacts' | 'products' | 'invoices' | 'bills',
  {
    run: (ctx: CompanyContext, csv: Uint8Array, options: { dryRun: boolean }) => ImportResult
    created: [string, string]
  }
> = {
  contacts: { run: importContacts, created: ['contact', 'contacts'] },
  products: { run: importProducts, created: ['product', 'products'] },
  invoices: { run: importInvoices, created: ['invoice', 'invoices'] },
  bills: { run: importBills, created: ['bill', 'bills'] },
}

export const SALES_IMPORT_HELP = [
  `contacts FILE.csv   columns ${CONTACT_COLUMNS.slice(0, 6).join(',')},`,
  `                    ${CONTACT_COLUMNS.slice(6).join(',')}`,
  '                    one contact a row; customer and supplier are yes or no (at least one yes);',
  '                    kind is company (default) or person; tags are separated by ;',
  '                    the customer_group column (optional) names the price list group',
  `products FILE.csv   columns ${PRODUCT_COLUMNS.slice(0, 6).join(',')},`,
  `                    ${PRODUCT_COLUMNS.slice(6).join(',')}`,
  '                    kind is stocked, non-stocked or service; tax_code and accounts by code',
  '                    (accounts default to 4100 and 5100)',
  `invoices FILE.csv   columns ${INVOICE_COLUMNS.slice(0, 6).join(',')},`,
  `                    ${INVOICE_COLUMNS.slice(6).join(',')}`,
  '                    one row a line; rows with the same number form one posted invoice (the',
  '                    number is kept as its reference); customer by name or id; product by code;',
  "                    an empty price, tax_code or account takes the product's; tax_code none for",
  '                    no tax; optional currency,rate columns for a foreign currency (rate: how',
  '                    many of the company currency one unit buys, like 1.0825)',
  `bills FILE.csv      columns ${BILL_COLUMNS.slice(0, 6).join(',')},`,
  `                    ${BILL_COLUMNS.slice(6).join(',')}`,
  "                    as invoices; number is the supplier's own invoice number; a line",
  '                    without a product names its account',
]
