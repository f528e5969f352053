import type { BillInput } from '../../../shared/domain/purchasing'
import type { DocumentInput, SalesDocument } from '../../../shared/domain/sales'
import { DaftarError, validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { saveDocumentDraft } from '../sales/documents'

/**
 * Saves a supplier bill as a draft. The supplier's own invoice number is required, and a number
 * already on one of the supplier's posted bills is refused: the same bill entered twice.
 */
export function saveBillDraft(
  ctx: CompanyContext,
  input: BillInput,
  draftId?: string,
): SalesDocument {
  return ctx.transaction(() => {
    const reference = (input.reference ?? '').trim()
    if (reference === '')
      throw validationError('reference', "Enter the supplier's own invoice number")
    refuseDuplicateReference(ctx, input.contactId, reference, draftId)
    return saveDocumentDraft(ctx, 'bill', { ...input, reference }, draftId)
  })
}

/** Saves a debit note against a posted bill of the same supplier, as a draft. */
export function saveDebitNoteDraft(
  ctx: CompanyContext,
  billId: string,
  input: DocumentInput,
  draftId?: string,
): SalesDocument {
  return saveDocumentDraft(ctx, 'debit_note', { ...input, sourceDocumentId: billId }, draftId)
}

/** Saves a purchase order as a draft; it touches no ledger or payable. */
export function savePurchaseOrderDraft(
  ctx: CompanyContext,
  input: DocumentInput,
  draftId?: string,
): SalesDocument {
  return saveDocumentDraft(ctx, 'purchase_order', input, draftId)
}

/** Refuses a supplier reference already on a posted bill of that supplier (not `exceptId`). */
export function refuseDuplicateReference(
  ctx: CompanyContext,
  contactId: string,
  reference: string,
  exceptId?: string,
): void {
  const clash = ctx.sqlite
    .prepare(
      `SELECT number FROM document WHERE type = 'bill' AND status = 'posted' AND contact_id = ?
         AND lower(trim(reference)) = lower(?) AND id <> ?`,
    )
    .get(contactId, reference.trim(), exceptId ?? '') as { number: string } | undefined
  if (clash)
    throw new DaftarError(
      'duplicate',
      `The supplier's invoice ${reference} is already entered as ${clash.number}`,
      { field: 'reference', number: clash.number },
    )
}
