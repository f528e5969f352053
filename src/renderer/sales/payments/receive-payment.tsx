import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { today } from '../../../shared/dates'
import { formatMoney } from '../../../shared/money'
import type { Contact, Payment } from '../../../shared/domain/sales'
import { asRpcError } from '../../api/rpc-error'
import { Amount } from '../../components/amount'
import { Field } from '../../components/field'
import { Notice } from '../../components/notice'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { useAccounts, useInvoke, useSession } from '../../state/services'
import { accountOptions, defaultAccount } from '../account-select'
import { PickCell } from '../pick-cell'
import { parseDecimal } from '../sales-numbers'
import { matchCustomers, matchSuppliers } from '../sales-match'
import { useSalesCatalog } from '../use-sales-catalog'
import { AllocationTable } from './allocation-table'
import { allocateOldestFirst, openInvoicesOf } from './allocation'
import { PaymentDone } from './payment-done'
import { PAYMENT_WORDS, type PaymentSide } from './payment-side'
import { CurrencyScope } from '../currency/currency-amount'
import { CurrencyFields, rateProblemText } from '../currency/currency-fields'
import { documentCurrencyInput, documentDecimals } from '../currency/document-currency'

const ORDER = ['contactId', 'amount', 'accountId', 'date', 'reference', 'memo'] as const

/**
 * Money received from a customer: how much, into which account, and which invoices it pays
 * (oldest first unless changed). Paying more than is owed needs the "keep as credit" box.
 */
export function ReceivePayment(props: { contactId?: string; side?: PaymentSide }) {
  const supplier = props.side === 'supplier'
  const words = PAYMENT_WORDS[props.side ?? 'customer']
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const chart = useAccounts((store) => store.accounts)
  const accounts = chart ?? []
  const company = useSession((store) => store.session?.company)
  const base = company?.currency ?? ''
  // A payment settles documents in its own currency only, at its own rate.
  const [money, setMoney] = useState({ currency: '', rate: '' })
  const currency = money.currency || base
  const decimals = documentDecimals(money, company?.decimals ?? 2)
  const { catalog } = useSalesCatalog()
  const [contact, setContact] = useState<Contact | null>(null)
  const [contactText, setContactText] = useState('')
  const [amount, setAmount] = useState('')
  const [accountId, setAccountId] = useState('')
  const [date, setDate] = useState(today())
  const [reference, setReference] = useState('')
  const [memo, setMemo] = useState('')
  const [keepCredit, setKeepCredit] = useState(false)
  const [manual, setManual] = useState<Record<string, string> | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [done, setDone] = useState<Payment | null>(null)
  const [busy, setBusy] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const invoices = useQuery(contact ? `${contact.id}|${done?.id ?? ''}` : null, () =>
    supplier
      ? invoke('bills.list', { contactId: contact!.id })
      : invoke('invoices.list', { contactId: contact!.id }),
  )
  const open = contact
    ? openInvoicesOf((invoices.data ?? []).filter((doc) => doc.currency === currency))
    : []
  const parsedAmount = parseDecimal(amount, decimals, format.locale)
  const amountValue = parsedAmount?.ok ? parsedAmount.value : 0n
  const auto = allocateOldestFirst(open, amountValue).amounts
  const allocationText = (index: number, id: string) =>
    manual
      ? (manual[id] ?? '')
      : auto[index]! > 0n
        ? formatMoney(auto[index]!, decimals, format.locale)
        : ''

  const focus = (field: string) =>
    rootRef.current?.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`)?.focus()
  useEffect(() => {
    if (!accountId && chart && chart.length > 0)
      setAccountId(defaultAccount(chart, '1120', ['asset']))
  }, [chart, accountId])
  const wanted = props.contactId
  useEffect(() => {
    const found = catalog?.contacts.find((item) => item.id === wanted)
    if (found) {
      setContact(found)
      setContactText(found.name)
      setMoney({ currency: found.currency || '', rate: '' })
    }
  }, [catalog, wanted])
  useEffect(() => focus(wanted ? 'amount' : 'contactId'), [wanted])

  const clear = (field: string) =>
    setErrors((current) => {
      const { [field]: _gone, ...rest } = current
      return rest
    })

  const submit = async () => {
    if (busy) return
    setDone(null)
    const problems: Record<string, string> = {}
    if (!contact) problems.contactId = t(words.pickContact)
    if (!parsedAmount) problems.amount = t(words.amountRequired)
    else if (!parsedAmount.ok) problems.amount = t('sales.problem.amount')
    const allocations: { documentId: string; amount: bigint }[] = []
    open.forEach((invoice, index) => {
      const parsed = parseDecimal(allocationText(index, invoice.id), decimals, format.locale)
      if (parsed && !parsed.ok) problems[`alloc.${invoice.id}`] = t('sales.problem.amount')
      else if (parsed && parsed.value > invoice.outstanding)
        problems[`alloc.${invoice.id}`] = t(words.overDocument)
      else if (parsed && parsed.value > 0n)
        allocations.push({ documentId: invoice.id, amount: parsed.value })
    })
    const exchange = documentCurrencyInput({ ...money, currency }, base, format.locale)
    if (!exchange.ok) problems.rate = rateProblemText(t, exchange.problem, currency, base)
    const allocated = allocations.reduce((sum, item) => sum + item.amount, 0n)
    if (allocated > amountValue && !problems.amount) problems.allocations = t(words.overAllocated)
    else if (allocated < amountValue && !keepCredit) problems.keepCredit = t(words.unallocated)
    setErrors(problems)
    if (Object.keys(problems).length > 0 || !contact || !exchange.ok) {
      const first = [...ORDER, 'rate'].find((field) => field in problems)
      if (first) focus(first)
      return
    }
    setBusy(true)
    try {
      const payment = await invoke(supplier ? 'supplierPayments.pay' : 'payments.receive', {
        contactId: contact.id,
        date,
        accountId,
        amount: amountValue,
        ...exchange.input,
        reference: reference.trim() || undefined,
        memo: memo.trim() || undefined,
        allocations,
        keepCredit,
      })
      setDone(payment)
      setAmount('')
      setReference('')
      setMemo('')
      setManual(null)
      setKeepCredit(false)
    } catch (caught) {
      const error = asRpcError(caught)
      const field = error.field
      setErrors({ [field ?? 'form']: error.message })
      if (field) focus(field)
    } finally {
      setBusy(false)
    }
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.altKey || event.shiftKey) return
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault()
      void submit()
      return
    }
    const field = (event.target as HTMLElement).dataset.field as (typeof ORDER)[number]
    const index = ORDER.indexOf(field)
    if (index < 0) return
    event.preventDefault()
    const next = ORDER[index + 1]
    if (next) focus(next)
    else void submit()
  }

  return (
    <CurrencyScope currency={currency}>
      <div className="page payment-page" ref={rootRef} onKeyDown={onKeyDown}>
        {done ? (
          <PaymentDone payment={done} contactName={contactText} side={props.side ?? 'customer'} />
        ) : null}
        {errors.form ? <Notice tone="error">{errors.form}</Notice> : null}
        <div className="card entry-card">
          <div className="entry-head">
            <div className="field grow customer-field">
              <label>{t(words.contact)}</label>
              <PickCell
                field="contactId"
                text={contactText}
                picked={!!contact}
                label={t(words.contact)}
                empty={t(words.noMatches)}
                invalid={!!errors.contactId}
                options={(typed) =>
                  (supplier ? matchSuppliers : matchCustomers)(catalog?.contacts ?? [], typed).map(
                    (item) => ({
                      key: item.id,
                      item,
                      content: <span className="autocomplete-name">{item.name}</span>,
                    }),
                  )
                }
                onType={(typed) => {
                  setContactText(typed)
                  setContact(null)
                  setManual(null)
                  clear('contactId')
                }}
                onPick={(item) => {
                  setContact(item)
                  setContactText(item.name)
                  setMoney({ currency: item.currency || '', rate: '' })
                  setManual(null)
                  clear('contactId')
                }}
                onAdvance={() => focus('amount')}
              />
              {errors.contactId ? (
                <div className="field-error" role="alert">
                  {errors.contactId}
                </div>
              ) : null}
            </div>
            <Field label={t(words.amount)} error={errors.amount} className="narrow">
              <input
                data-field="amount"
                className="amount-input"
                inputMode="decimal"
                autoComplete="off"
                value={amount}
                onChange={(event) => {
                  setAmount(event.target.value)
                  clear('amount')
                  clear('keepCredit')
                }}
              />
            </Field>
            <CurrencyFields
              base={base}
              currency={currency}
              rate={money.rate}
              rateError={errors.rate}
              onCurrency={(code) => {
                setMoney({ currency: code, rate: '' })
                setManual(null)
                clear('rate')
              }}
              onRate={(rate) => {
                setMoney({ ...money, rate })
                clear('rate')
              }}
              onAdvance={() => focus('accountId')}
              focusRate={() => focus('rate')}
            />
            <Field label={t(words.account)} error={errors.accountId}>
              <select
                data-field="accountId"
                value={accountId}
                onChange={(event) => setAccountId(event.target.value)}
              >
                {accountOptions(accounts, ['asset'], accountId)}
              </select>
            </Field>
            <Field label={t('payment.field.date')} error={errors.date} className="narrow">
              <input
                type="date"
                data-field="date"
                value={date}
                onChange={(event) => setDate(event.target.value)}
              />
            </Field>
            <Field label={t('payment.field.reference')} error={errors.reference} className="narrow">
              <input
                data-field="reference"
                dir="auto"
                autoComplete="off"
                value={reference}
                onChange={(event) => setReference(event.target.value)}
              />
            </Field>
            <Field label={t('payment.field.memo')} error={errors.memo} className="grow">
              <input
                data-field="memo"
                dir="auto"
                autoComplete="off"
                value={memo}
                onChange={(event) => setMemo(event.target.value)}
              />
            </Field>
          </div>
          {contact ? (
            <AllocationTable
              open={open}
              loading={invoices.loading}
              text={allocationText}
              amount={amountValue}
              errors={errors}
              onChange={(id, text) => {
                setManual(
                  manual ??
                    Object.fromEntries(
                      open.map((invoice, index) => [invoice.id, allocationText(index, invoice.id)]),
                    ),
                )
                setManual((current) => ({ ...(current ?? {}), [id]: text }))
                clear(`alloc.${id}`)
                clear('allocations')
                clear('keepCredit')
              }}
              onOldestFirst={() => setManual(null)}
              side={props.side}
            />
          ) : null}
          <label className="checkbox keep-credit">
            <input
              type="checkbox"
              checked={keepCredit}
              aria-invalid={errors.keepCredit ? true : undefined}
              onChange={(event) => {
                setKeepCredit(event.target.checked)
                clear('keepCredit')
              }}
            />
            {t(words.keepCredit)}
          </label>
          {errors.keepCredit ? (
            <div className="field-error" role="alert">
              {errors.keepCredit}
            </div>
          ) : null}
          <div className="actions entry-actions">
            <button type="button" className="primary" disabled={busy} onClick={() => void submit()}>
              {t('payment.submit')} <kbd>Ctrl Enter</kbd>
            </button>
            {contact ? (
              <span className="muted">
                {t(words.balance)}:{' '}
                <Amount value={open.reduce((sum, invoice) => sum + invoice.outstanding, 0n)} />
              </span>
            ) : null}
          </div>
        </div>
        <p className="keyboard-hint muted">{t('payment.keyboardHint')}</p>
      </div>
    </CurrencyScope>
  )
}
