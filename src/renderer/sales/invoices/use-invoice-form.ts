import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { addDays, today } from '../../../shared/dates'
import { toDecimalString } from '../../../shared/money'
import type {
  Contact,
  DocumentInput,
  PostedDocumentRef,
  Product,
  SalesDocument,
} from '../../../shared/domain/sales'
import { asRpcError, type RpcError } from '../../api/rpc-error'
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
  type InvoiceLineDraft,
  type InvoiceProblem,
  type NumberRules,
} from './invoice-draft'
import { nextInvoiceField } from './invoice-navigation'
import { pricedInCompanyCurrency } from '../currency/document-currency'

export type InvoiceNotice =
  | { tone: 'success'; kind: 'posted'; ref: Pick<PostedDocumentRef, 'id' | 'number' | 'warnings'> }
  | { tone: 'success'; kind: 'saved' }
  | { tone: 'error'; message: string }

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
  const keys = useRef(0)
  const nextKey = useCallback(() => `i${++keys.current}`, [])
  const emptyDraft = useCallback(
    (date: string): InvoiceDraft => ({
      contactId: '',
      contactText: '',
      date,
      dueDate: date,
      reference: '',
      memo: '',
      lines: [blankInvoiceLine(nextKey())],
    }),
    [nextKey],
  )
  const [draft, setDraft] = useState<InvoiceDraft>(() => emptyDraft(today()))
  const [terms, setTerms] = useState(0)
  const [dueTouched, setDueTouched] = useState(false)
  const [draftId, setDraftId] = useState<string | undefined>(undefined)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [notice, setNotice] = useState<InvoiceNotice | null>(null)
  const [busy, setBusy] = useState(false)
  const [focusTarget, setFocusTarget] = useState<{ field: string } | null>({ field: 'contactId' })
  const rootRef = useRef<HTMLDivElement>(null)
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

  useLayoutEffect(() => {
    if (!focusTarget) return
    const element = rootRef.current?.querySelector<HTMLInputElement>(
      `[data-field="${CSS.escape(focusTarget.field)}"]`,
    )
    element?.focus()
    if (element && element.type !== 'date' && element.tagName === 'INPUT') element.select()
  }, [focusTarget])

  const focus = (field: string) => setFocusTarget({ field })
  const clearError = (...fields: string[]) =>
    setErrors((current) => {
      if (!fields.some((field) => field in current) && !('lines' in current)) return current
      const rest = { ...current }
      for (const field of [...fields, 'lines']) delete rest[field]
      return rest
    })

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
    setDraft((current) => ({
      ...current,
      lines: current.lines.map((line) =>
        line.key === key ? editedLine(line, patch, listPrices, rules) : line,
      ),
    }))
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
    setDraft((current) => ({
      ...current,
      lines: current.lines.map((line) => (line.key === key ? withProductFor(line, product) : line)),
    }))
    clearError(invoiceLineField(key, 'product'), invoiceLineField(key, 'account'))
  }
  const addLine = () => {
    const line = blankInvoiceLine(nextKey())
    setDraft((current) => ({ ...current, lines: [...current.lines, line] }))
    focus(invoiceLineField(line.key, 'product'))
  }
  const removeLine = (key: string) =>
    setDraft((current) => {
      const lines = current.lines.filter((line) => line.key !== key)
      return { ...current, lines: lines.length > 0 ? lines : [blankInvoiceLine(nextKey())] }
    })
  const removeFocusedLine = () => {
    const field = (document.activeElement as HTMLElement | null)?.dataset?.field ?? ''
    const at = parseInvoiceLineField(field)
    if (!at) return
    const index = draft.lines.findIndex((line) => line.key === at.key)
    removeLine(at.key)
    const neighbour = draft.lines[index + 1] ?? draft.lines[index - 1]
    if (neighbour) focus(invoiceLineField(neighbour.key, at.column))
  }
  const advance = (field: string) => {
    const next = nextInvoiceField(field, draft)
    if (next === 'new-line') addLine()
    else focus(next)
  }

  const showEngineError = (error: RpcError, lineKeys: readonly string[]) => {
    const problems = error.fieldProblems
    if (problems.length === 0) return setNotice({ tone: 'error', message: error.message })
    const byField: Record<string, string> = {}
    for (const problem of problems) {
      const field = formFieldOf(problem.field, lineKeys).replace(/\.taxCodeId$/, '.taxCode')
      byField[field] ??= problem.message
    }
    setErrors(byField)
    const first = Object.keys(byField)[0]
    if (first && first !== 'lines') focus(first)
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

  const submit = async (kind: 'post' | 'draft') => {
    if (busy) return
    setNotice(null)
    const built = buildInvoiceInput(draft, rules)
    if (!built.ok) {
      const byField: Record<string, string> = {}
      for (const [field, problem] of Object.entries(built.problems))
        byField[field] = rules.problemText(problem)
      setErrors(byField)
      const first = Object.keys(byField)[0]
      if (first && first !== 'lines') focus(first)
      return
    }
    setBusy(true)
    let savedId = draftId
    try {
      const saved = await saveDraft(built.input)
      savedId = saved.id
      setDraftId(saved.id)
      if (kind === 'draft') {
        setErrors({})
        setNotice({ tone: 'success', kind: 'saved' })
        return
      }
      const ref = await post(saved.id)
      setDraft(emptyDraft(draft.date))
      setDueTouched(false)
      setDraftId(undefined)
      setErrors({})
      setNotice({ tone: 'success', kind: 'posted', ref })
      focus('contactId')
    } catch (caught) {
      if (savedId) setDraftId(savedId)
      showEngineError(asRpcError(caught), built.lineKeys)
    } finally {
      setBusy(false)
    }
  }

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
    setDraft(emptyDraft(draft.date))
    setDueTouched(false)
    setDraftId(undefined)
    setErrors({})
    setNotice(null)
    focus('contactId')
  }

  return {
    rootRef,
    draft,
    draftId,
    errors,
    notice,
    busy,
    terms,
    setHeader,
    typeCustomer,
    pickCustomer,
    changeLine,
    pickProduct,
    addLine,
    removeLine,
    removeFocusedLine,
    advance,
    focus,
    submit,
    load,
    reset,
    setNotice,
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
