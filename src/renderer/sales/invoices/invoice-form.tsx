import { useEffect, useState } from 'react'
import type { Contact } from '../../../shared/domain/sales'
import { HeadInput, LineFormActions, LineFormNotice } from '../../components/line-grid-form'
import { Notice } from '../../components/notice'
import { enterMovesOn, useFormShortcuts } from '../../components/use-form-keys'
import { useFormSource } from '../../components/use-form-source'
import { useI18n } from '../../i18n/i18n-context'
import { accountLabel } from '../../journal/account-match'
import { routeHref } from '../../routing/routes'
import { useAccounts, useInvoke, useSession } from '../../state/services'
import { CustomerDialog } from '../contacts/customer-dialog'
import { ContactPickField } from '../../components/pick-contact'
import { matchCustomers, matchSuppliers } from '../sales-match'
import { useSalesCatalog } from '../use-sales-catalog'
import { invoiceTotals, productLabel } from './invoice-draft'
import { InvoiceLines } from './invoice-lines'
import { InvoiceTotals } from './invoice-totals'
import { BaseEquivalent, CurrencyScope } from '../currency/currency-amount'
import { CurrencyFields } from '../currency/currency-fields'
import { documentDecimals, foreignRateText } from '../currency/document-currency'
import { invoiceProblemText } from './invoice-problems'
import { documentFormWords } from './document-form-words'
import { isPurchaseMode, useInvoiceForm, type InvoiceFormMode } from './use-invoice-form'

/**
 * An invoice (or a credit note against one), keyboard first like the journal entry form:
 * Enter moves on (adding a line at the end), Ctrl+S saves a draft, Ctrl+Enter posts,
 * Ctrl+Delete removes the current line. Totals and tax update as you type.
 */
export function InvoiceForm(props: {
  mode: InvoiceFormMode
  draftId?: string
  contactId?: string
}) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const accounts = useAccounts((store) => store.accounts) ?? []
  const company = useSession((store) => store.session?.company)
  const base = company?.currency ?? ''
  // The document's currency and rate as typed: the contact's currency when picked.
  const [money, setMoney] = useState<{ currency: string; rate: string }>({ currency: '', rate: '' })
  const decimals = documentDecimals(money, company?.decimals ?? 2)
  const { catalog, error: catalogError } = useSalesCatalog()
  const [creating, setCreating] = useState<string | null>(null)
  const [sourceNumber, setSourceNumber] = useState<string | null>(null)
  const accountById = new Map(accounts.map((account) => [account.id, account]))
  const productById = new Map((catalog?.products ?? []).map((product) => [product.id, product]))
  const rules = {
    decimals,
    locale: format.locale,
    baseCurrency: base,
    currency: money.currency || base,
    rate: money.rate,
    problemText: invoiceProblemText(t, decimals, { currency: money.currency, base }),
    accountText: (id: string) => {
      const account = accountById.get(id)
      return account ? accountLabel(account) : ''
    },
    productText: (id: string) => {
      const product = productById.get(id)
      return product ? productLabel(product) : ''
    },
  }
  const form = useInvoiceForm(props.mode, rules)
  const { load, setNotice } = form
  const pickCustomer = (contact: Contact) => {
    form.pickCustomer(contact)
    const currency = contact.currency || base
    if (currency !== (money.currency || base)) setMoney({ currency, rate: '' })
  }

  useFormShortcuts({
    post: () => void form.submit('post'),
    saveDraft: () => void form.submit('draft'),
    removeLine: form.removeFocusedLine,
    paused: creating !== null,
  })

  const ready = catalog !== null && accounts.length > 0
  const mode = props.mode
  const purchase = isPurchaseMode(mode)
  const crediting = mode.kind === 'credit_note' || mode.kind === 'debit_note'
  const sourceId =
    mode.kind === 'credit_note'
      ? mode.invoiceId
      : mode.kind === 'debit_note'
        ? mode.billId
        : props.draftId
  // A draft to continue, or the invoice a credit note starts from, once labels can be shown.
  useFormSource(
    ready ? sourceId : undefined,
    (id) =>
      purchase
        ? invoke('bills.get', { id })
        : mode.kind === 'quote'
          ? invoke('quotes.get', { id })
          : invoke('invoices.get', { id }),
    (doc) => {
      setMoney({ currency: doc.currency, rate: foreignRateText(doc, base, format.locale) })
      if (crediting) {
        setSourceNumber(doc.number)
        load(doc, undefined)
      } else if (doc.status === 'draft') load(doc, doc.id)
      else {
        const number = doc.number ?? ''
        setNotice({
          tone: 'error',
          message: t(purchase ? 'bill.notADraft' : 'invoice.notADraft', { number }),
        })
      }
    },
    (message) => setNotice({ tone: 'error', message }),
  )

  const wantedContact = props.contactId
  const contacts = catalog?.contacts
  useEffect(() => {
    const contact = contacts?.find((item) => item.id === wantedContact)
    if (contact) pickCustomer(contact)
    // Only when the address names a customer, not on every catalog change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wantedContact, contacts === undefined])

  const onCreated = (contact?: Contact) => {
    setCreating(null)
    if (contact) {
      pickCustomer(contact)
      form.focus('date')
    } else form.focus('contactId')
  }

  const { draft, errors, notice } = form
  const taxCodes = catalog?.taxCodes ?? []
  const totals = invoiceTotals(
    draft.lines,
    new Map(taxCodes.map((code) => [code.id, code])),
    catalog?.settings.taxRounding ?? 'line',
    rules,
  )
  const quoting = mode.kind === 'quote'
  const words = documentFormWords(mode)
  return (
    <div
      className="page entry-page invoice-page"
      ref={form.rootRef}
      onKeyDown={enterMovesOn(form.advance)}
    >
      {catalogError ? <Notice tone="error">{catalogError.message}</Notice> : null}
      <LineFormNotice
        notice={notice}
        posted={(ref) => (
          <>
            {t(words.posted, { number: ref.number })}{' '}
            <a href={routeHref(words.route(ref.id))}>{t('invoice.openPosted')}</a>
            {ref.warnings.map((warning) => (
              <div key={warning}>{t('invoice.warning', { message: warning })}</div>
            ))}
          </>
        )}
        saved={t('invoice.draftSaved')}
      />
      {crediting && sourceNumber ? (
        <Notice tone="info">
          {t(purchase ? 'bill.debitNoteFor' : 'invoice.creditNoteFor', { number: sourceNumber })}
        </Notice>
      ) : null}
      <div className="card entry-card">
        <div className="entry-head">
          {form.draftId ? <span className="badge draft">{t('status.draft')}</span> : null}
          <ContactPickField
            label={t(purchase ? 'bill.field.supplier' : 'invoice.field.customer')}
            empty={t(purchase ? 'bill.noSupplierMatches' : 'invoice.noCustomerMatches')}
            contacts={catalog?.contacts ?? []}
            match={purchase ? matchSuppliers : matchCustomers}
            text={draft.contactText}
            picked={!!draft.contactId}
            error={errors.contactId}
            errorId="invoice-customer-error"
            extra={
              crediting || purchase
                ? undefined
                : {
                    content: t('invoice.createCustomer', { name: draft.contactText.trim() }),
                    run: () => setCreating(draft.contactText.trim()),
                  }
            }
            onType={form.typeCustomer}
            onPick={pickCustomer}
            onAdvance={() => form.advance('contactId')}
          />
          <HeadInput
            form={form}
            field="date"
            date
            required
            label={t('invoice.field.date')}
            className="narrow"
          />
          <HeadInput
            form={form}
            field="dueDate"
            date
            label={t(quoting ? 'quote.field.validUntil' : 'invoice.field.dueDate')}
            hint={t('invoice.dueHint', { days: form.terms })}
            className="narrow"
          />
          <HeadInput
            form={form}
            field="reference"
            required={mode.kind === 'bill'}
            label={t(mode.kind === 'bill' ? 'bill.field.reference' : 'invoice.field.reference')}
            className="narrow"
          />
          <HeadInput form={form} field="memo" label={t('invoice.field.memo')} className="grow" />
          <CurrencyFields
            base={base}
            currency={money.currency || base}
            rate={money.rate}
            rateError={errors.rate}
            currencyLocked={crediting}
            onCurrency={(currency) => setMoney({ currency, rate: '' })}
            onRate={(rate) => setMoney({ ...money, rate })}
            onAdvance={() => form.advance('memo')}
            focusRate={() => form.focus('rate')}
          />
        </div>
        <CurrencyScope currency={money.currency || base}>
          <InvoiceLines
            lines={draft.lines}
            taxed={totals.lines}
            products={catalog?.products ?? []}
            taxCodes={taxCodes}
            accounts={accounts}
            errors={errors}
            onChange={form.changeLine}
            onPickProduct={form.pickProduct}
            onAdvance={form.advance}
            onRemove={form.removeLine}
            footer={
              <InvoiceTotals
                total={totals.total}
                error={errors.lines}
                base={
                  money.currency && money.currency !== base ? (
                    <BaseEquivalent
                      amount={totals.total.gross}
                      currency={money.currency}
                      base={base}
                      rate={money.rate}
                    />
                  ) : undefined
                }
              />
            }
            purchase={purchase}
          />
        </CurrencyScope>
        <LineFormActions
          busy={form.busy}
          post={t(words.post)}
          saveDraft={t('invoice.saveDraft')}
          addLine={t('invoice.addLine')}
          clear={crediting ? undefined : t('invoice.clear')}
          onPost={() => void form.submit('post')}
          onSaveDraft={() => void form.submit('draft')}
          onAddLine={form.addLine}
          onClear={form.reset}
        />
      </div>
      <p className="keyboard-hint muted">
        {t(purchase ? 'bill.keyboardHint' : 'invoice.keyboardHint')}
      </p>
      {creating !== null ? <CustomerDialog name={creating} onDone={onCreated} /> : null}
    </div>
  )
}
