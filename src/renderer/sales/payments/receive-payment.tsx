import { useEffect, useRef, useState } from 'react'
import { today } from '../../../shared/dates'
import { formatMoney } from '../../../shared/money'
import type { Contact, Payment } from '../../../shared/domain/sales'
import { asRpcError } from '../../api/rpc-error'
import { Field } from '../../components/field'
import { Notice } from '../../components/notice'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { useAccounts, useInvoke, useSession } from '../../state/services'
import { defaultAccount } from '../account-select'
import { parseDecimal } from '../sales-numbers'
import { useSalesCatalog } from '../use-sales-catalog'
import { AllocationTable } from './allocation-table'
import { allocateOldestFirst, openInvoicesOf } from './allocation'
import { checkPayment } from './payment-check'
import { PAYMENT_FIELD_ORDER, paymentKeys } from './payment-keys'
import { PaymentDone } from './payment-done'
import {
  KeepCreditBox,
  PaymentActions,
  PaymentContactField,
  PaymentDetailFields,
} from './payment-fields'
import { PAYMENT_WORDS, type PaymentSide } from './payment-side'
import { CurrencyScope } from '../currency/currency-amount'
import { CurrencyFields, rateProblemText } from '../currency/currency-fields'
import { documentCurrencyInput, documentDecimals } from '../currency/document-currency'

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
  const [details, setDetails] = useState({ accountId: '', date: today(), reference: '', memo: '' })
  const accountId = details.accountId
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
      setDetails((current) => ({ ...current, accountId: defaultAccount(chart, '1120', ['asset']) }))
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
    const { problems, allocations } = checkPayment({
      contactPicked: !!contact,
      amount: parsedAmount,
      open,
      allocationText,
      keepCredit,
      decimals,
      locale: format.locale,
      words,
      t,
    })
    const exchange = documentCurrencyInput({ ...money, currency }, base, format.locale)
    if (!exchange.ok) problems.rate = rateProblemText(t, exchange.problem, currency, base)
    setErrors(problems)
    if (Object.keys(problems).length > 0 || !contact || !exchange.ok) {
      const first = [...PAYMENT_FIELD_ORDER, 'rate'].find((field) => field in problems)
      if (first) focus(first)
      return
    }
    setBusy(true)
    try {
      const payment = await invoke(supplier ? 'supplierPayments.pay' : 'payments.receive', {
        contactId: contact.id,
        date: details.date,
        accountId,
        amount: amountValue,
        ...exchange.input,
        reference: details.reference.trim() || undefined,
        memo: details.memo.trim() || undefined,
        allocations,
        keepCredit,
      })
      setDone(payment)
      setAmount('')
      setDetails((current) => ({ ...current, reference: '', memo: '' }))
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

  const onKeyDown = paymentKeys(focus, () => void submit())

  return (
    <CurrencyScope currency={currency}>
      <div className="page payment-page" ref={rootRef} onKeyDown={onKeyDown}>
        {done ? (
          <PaymentDone payment={done} contactName={contactText} side={props.side ?? 'customer'} />
        ) : null}
        {errors.form ? <Notice tone="error">{errors.form}</Notice> : null}
        <div className="card entry-card">
          <div className="entry-head">
            <PaymentContactField
              side={props.side ?? 'customer'}
              contacts={catalog?.contacts ?? []}
              text={contactText}
              picked={!!contact}
              error={errors.contactId}
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
            <PaymentDetailFields
              accountLabel={t(words.account)}
              accounts={accounts}
              values={details}
              errors={errors}
              onChange={(field, value) => setDetails({ ...details, [field]: value })}
            />
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
          <KeepCreditBox
            label={t(words.keepCredit)}
            checked={keepCredit}
            error={errors.keepCredit}
            onChange={(checked) => {
              setKeepCredit(checked)
              clear('keepCredit')
            }}
          />
          <PaymentActions
            busy={busy}
            onSubmit={() => void submit()}
            balanceLabel={contact ? t(words.balance) : null}
            balance={open.reduce((sum, invoice) => sum + invoice.outstanding, 0n)}
          />
        </div>
        <p className="keyboard-hint muted">{t('payment.keyboardHint')}</p>
      </div>
    </CurrencyScope>
  )
}
