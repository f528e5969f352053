import { BILL_COLUMNS } from '../../../shared/domain/import-columns'
import type { ImportResult } from '../../../shared/domain/imports'
import type { CompanyContext } from '../company/company-context'
import { saveBillDraft } from '../purchasing/bills'
import { postPurchaseDocument } from '../purchasing/post-purchase'
import type { CsvInput } from './csv-text'
import { documentInput, importTradeDocuments } from './invoices-import'
import { BILL_SIDE } from './invoices-rows'

/**
 * Imports posted supplier bills from CSV, one row a line (columns: BILL_COLUMNS); rows with the
 * same number (the supplier's own invoice number) form one bill, kept as its reference. Each is
 * saved and posted through the purchasing service (journal, payable open item, change log). A
 * line without a product names the account it posts to. All or nothing, like the invoices.
 */
export function importBills(
  ctx: CompanyContext,
  input: CsvInput,
  options: { dryRun?: boolean } = {},
): ImportResult {
  return importTradeDocuments(ctx, input, options, {
    side: BILL_SIDE,
    columns: BILL_COLUMNS,
    type: 'bill',
    post: (bill) => {
      const draft = saveBillDraft(ctx, documentInput(bill))
      return postPurchaseDocument(ctx, draft.id, 'bill').warnings
    },
  })
}
