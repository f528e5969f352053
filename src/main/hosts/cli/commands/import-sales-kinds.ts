import type { ImportResult } from '../../../../shared/domain/imports'
import type { CompanyContext } from '../../../engine/company/company-context'
import {
  BILL_COLUMNS,
  CONTACT_COLUMNS,
  INVOICE_COLUMNS,
  PRODUCT_COLUMNS,
} from '../../../../shared/domain/import-columns'
import { importContacts } from '../../../engine/import/contacts-import'
import { importInvoices } from '../../../engine/import/invoices-import'
import { importBills } from '../../../engine/import/bills-import'
import { importProducts } from '../../../engine/import/products-import'
import { importKindHelp } from './import-column-help'

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
  ...importKindHelp('contacts', CONTACT_COLUMNS, [
    'one contact a row; customer and supplier are yes or no (at least one yes);',
    'kind is company (default) or person; tags are separated by ;',
    'customer_group names the price list group',
  ]),
  ...importKindHelp('products', PRODUCT_COLUMNS, [
    'kind is stocked, non-stocked or service; tax_code and accounts by code',
    '(accounts default to 4100 and 5100)',
  ]),
  ...importKindHelp('invoices', INVOICE_COLUMNS, [
    'one row a line; rows with the same number form one posted invoice (the',
    'number is kept as its reference); customer by name or id; product by code;',
    "an empty price, tax_code or account takes the product's; tax_code none for",
    'no tax; currency,rate for a foreign currency (rate: how many of the',
    'company currency one unit buys, like 1.0825)',
  ]),
  ...importKindHelp('bills', BILL_COLUMNS, [
    "as invoices; number is the supplier's own invoice number; a line",
    'without a product names its account',
  ]),
]
