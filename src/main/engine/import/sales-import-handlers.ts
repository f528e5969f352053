import type { salesImportsContract } from '../../../shared/rpc/contracts/sales-imports'
import type { HandlerMap } from '../rpc/handler'
import { importBills } from './bills-import'
import { importContacts } from './contacts-import'
import { importInvoices } from './invoices-import'
import { importProducts } from './products-import'

export const salesImportHandlers: HandlerMap<keyof typeof salesImportsContract> = {
  'import.contacts': (session, { csv, dryRun }) =>
    importContacts(session.requireCompany(), csv, { dryRun }),
  'import.products': (session, { csv, dryRun }) =>
    importProducts(session.requireCompany(), csv, { dryRun }),
  'import.invoices': (session, { csv, dryRun }) =>
    importInvoices(session.requireCompany(), csv, { dryRun }),
  'import.bills': (session, { csv, dryRun }) =>
    importBills(session.requireCompany(), csv, { dryRun }),
}
