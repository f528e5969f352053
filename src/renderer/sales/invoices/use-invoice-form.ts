import { useCallback, useEffect, useState } from 'react'
import { addDays } from '../../../shared/dates'
import { toDecimalString } from '../../../shared/money'
import type {
  Contact,
  DocumentInput,
  PostedDocumentRef,
  Product,
  SalesDocument,
} from '../../../shared/domain/sales'
import { useFormLines } from '../../components/use-form-lines'
import { formFieldOf } from '../../journal/entry-draft'
import { useInvoke } from '../../state/services'
import { editedLine, followPriceList, useGroupPrices } from '../price-lists/group-price'
import {
  blankInvoiceLine,
  buildInvoiceInput,
  draftFromDocument,
  invoiceLineField,
  parseInvoiceLineField,
  withProduct,
  type InvoiceDraft,
  type InvoiceLineColumn,
  type InvoiceLineDraft,
  type InvoiceProblem,
  type NumberRules,
} from './invoice-draft'
import { nextInvoiceField } from './invoice-navigation'
import { pricedInCompanyCurrency } from '../currency/document-currency'

type PostedNoticeRef = Pick<PostedDocumentRef, 'id' | 'number' | 'warnings'>

/** An invoice or a credit note against one; a supplier bill or a debit note against one. */
export type InvoiceFormMode =
  | { kind: 'invoice' }
  | { kind: 'credit_note'; invoiceId: string }
  | { kind: 'bill' }
  | { kind: 'debit_note'; billId: string }
  | { kind: 'quote' }
  | { kind: 'sales_order' }
  | { kind: 'purchase_order' }

/** Whether the form is for a supplier (a bill, debit note or purchase order), not a customer. */
export function isPurchaseMode(mode: InvoiceFormMode): boolean {
  return mode.kind === 'bill' || mode.kind === 'debit_note' || mode.kind === 'purchase_order'
}

export interface InvoiceFormRules extends NumberRules {
  problemText: (problem: InvoiceProblem) => string
  accountText: (id: string) => string
  productText: (id: string) => string
}

/** The invoice form's state and what the keyboard and buttons do to it. */
export function useInvoiceForm(mode: InvoiceFormMode, rules: InvoiceFormRules) {
  const invoke = useInvoke()
  const form = useFormLines<InvoiceDraft, InvoiceLineColumn, PostedNoticeRef>({
    keyPrefix: 'i',
    emptyDraft: (date, nextKey) => ({
      contactId: '',
      contactText: '',
      date,
      dueDate: date,
      reference: '',
      memo: '',
      lines: [blankInvoiceLine(nextKey())],
    }),
    blankLine: blankInvoiceLine,
    lineField: invoiceLineField,
    parseLineField: parseInvoiceLineField,
    newLineColumn: 'product',
    firstField: 'contactId',
    engineField: (field, lineKeys) =>
      formFieldOf(field, lineKeys).replace(/\.taxCodeId$/, '.taxCode'),
  })
  const { draft, setDraft, draftId, setDraftId, setErrors, clearError } = form
  const { focus, addLine, nextKey } = form
  const [terms, setTerms] = useState(0)
  const [dueTouched, setDueTouched] = useState(false)
  const groupPrices = useGroupPrices(isPurchaseMode(mode) ? '' : draft.contactId)
  // Sales lines in the company currency follow the customer's price list; null when none do.
  const listPrices = !isPurchaseMode(mode) && pricedInCompanyCurrency(rules) ? groupPrices : null

  // A new customer (or their prices arriving) reprices every line not priced by hand.
  useEffect(() => {
    if (!listPrices) return
    setDraft((current) => {
      const lines = current.lines.map((line) => followPriceList(line, listPrices, rules))
      return lines.every((line, at) => line === current.lines[at]) ? current : { ...current, lines }
    })
    // Only the prices matter: the number rules stay put while a form is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [listPrices])

  const setHeader = (field: 'date' | 'dueDate' | 'reference' | 'memo', value: string) => {
    setDraft((current) => {
      const next = { ...current, [field]: value }
      if (field === 'date' && !dueTouched && value) next.dueDate = addDays(value, terms)
      return next
    })
    if (field === 'dueDate') setDueTouched(true)
    clearError(field)
  }
  const typeCustomer = (text: string) => {
    setDraft((current) => ({ ...current, contactText: text, contactId: '' }))
    clearError('contactId')
  }
  const pickCustomer = (contact: Contact) => {
    setTerms(contact.paymentTermsDays)
    setDraft((current) => ({
      ...current,
      contactId: contact.id,
      contactText: contact.name,
      dueDate: dueTouched ? current.dueDate : addDays(current.date, contact.paymentTermsDays),
    }))
    clearError('contactId')
  }
  const changeLine = (key: string, patch: Partial<InvoiceLineDraft>) => {
    form.updateLine(key, (line) => editedLine(line, patch, listPrices, rules))
    clearError(...Object.keys(patch).map((name) => invoiceLineField(key, columnOf(name))))
  }
  // A bill's line goes to the product's expense account; an invoice's to its income account.
  const withProductFor = (line: InvoiceLineDraft, product: Product) => {
    if (!isPurchaseMode(mode))
      return followPriceList(
        withProduct(line, product, rules, rules.accountText(product.incomeAccountId)),
        listPrices ?? [],
        rules,
      )
    const accountId = product.expenseAccountId
    return {
      ...withProduct(line, product, rules, rules.accountText(accountId)),
      unitPrice: pricedInCompanyCurrency(rules)
        ? toDecimalString(product.purchasePrice, rules.decimals)
        : '',
      listPrice: undefined,
      accountId,
    }
  }
  const pickProduct = (key: string, product: Product) => {
    form.updateLine(key, (line) => withProductFor(line, product))
    clearError(invoiceLineField(key, 'product'), invoiceLineField(key, 'account'))
  }
  const advance = (field: string) => {
    const next = nextInvoiceField(field, draft)
    if (next === 'new-line') addLine()
    else focus(next)
  }

  const saveDraft = (input: DocumentInput) => {
    switch (mode.kind) {
      case 'invoice':
        return invoke('invoices.saveDraft', { ...input, draftId })
      case 'credit_note':
        return invoke('creditNotes.saveDraft', { ...input, invoiceId: mode.invoiceId, draftId })
      case 'bill':
        return invoke('bills.saveDraft', { ...input, reference: input.reference ?? '', draftId })
      case 'debit_note':
        return invoke('debitNotes.saveDraft', { ...input, billId: mode.billId, draftId })
      case 'quote':
        return invoke('quotes.saveDraft', { ...input, draftId })
      case 'sales_order':
        return invoke('salesOrders.saveDraft', { ...input, draftId })
      case 'purchase_order':
        return invoke('purchaseOrders.saveDraft', { ...input, draftId })
    }
  }
  const post = (id: string) => {
    switch (mode.kind) {
      case 'invoice':
        return invoke('invoices.post', { id })
      case 'credit_note':
        return invoke('creditNotes.post', { id })
      case 'bill':
        return invoke('bills.post', { id })
      case 'debit_note':
        return invoke('debitNotes.post', { id })
      case 'quote':
        // Issuing numbers the quote; nothing reaches the ledger.
        return invoke('quotes.issue', { id }).then((quote) => ({
          id: quote.id,
          number: quote.number ?? '',
          warnings: [],
        }))
      case 'sales_order':
        return invoke('salesOrders.issue', { id }).then(issuedRef)
      case 'purchase_order':
        return invoke('purchaseOrders.issue', { id }).then(issuedRef)
    }
  }

  const submit = (kind: 'post' | 'draft') =>
    form.send(buildInvoiceInput(draft, rules), rules.problemText, async (input) => {
      const saved = await saveDraft(input)
      setDraftId(saved.id)
      if (kind === 'draft') {
        setErrors({})
        form.setNotice({ tone: 'success', kind: 'saved' })
        return
      }
      const ref = await post(saved.id)
      setDueTouched(false)
      form.startOver({ tone: 'success', kind: 'posted', ref })
    })

  const load = useCallback(
    (doc: SalesDocument, asDraftId: string | undefined) => {
      const loaded = draftFromDocument(
        doc,
        rules,
        { product: rules.productText, account: rules.accountText },
        nextKey,
      )
      setDraft(loaded)
      setDraftId(asDraftId)
      setDueTouched(true)
      setErrors({})
      const first = loaded.lines[0]
      focus(first ? invoiceLineField(first.key, 'quantity') : 'contactId')
    },
    // The labels only matter at load time; the document is what changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [nextKey],
  )
  const reset = () => {
    setDueTouched(false)
    form.startOver(null)
  }

  return {
    ...form,
    terms,
    setHeader,
    typeCustomer,
    pickCustomer,
    changeLine,
    pickProduct,
    advance,
    submit,
    load,
    reset,
  }
}

/** An issued order as the form's notice shows a posted document: orders carry no warnings. */
function issuedRef(order: { id: string; number: string | null }) {
  return { id: order.id, number: order.number ?? '', warnings: [] }
}

function columnOf(name: string) {
  if (name.startsWith('product')) return 'product' as const
  if (name.startsWith('account')) return 'account' as const
  if (name === 'taxCodeId') return 'taxCode' as const
  return name as 'description' | 'quantity' | 'unitPrice'
}
