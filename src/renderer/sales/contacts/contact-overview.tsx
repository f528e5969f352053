import type { ReactNode } from 'react'
import { today } from '../../../shared/dates'
import type { Contact } from '../../../shared/domain/sales'
import { Amount } from '../../components/amount'
import type { Query } from '../../components/use-query'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { routeHref } from '../../routing/routes'
import { useInvoke, useSession } from '../../state/services'
import { invoiceSummary } from '../invoices/payment-status'
import { ContactAgeing } from './contact-ageing'
import { ContactDetails } from './contact-details'
import { ContactInvoices } from './contact-invoices'

/**
 * What differs between a customer's overview and a supplier's: their documents, words, and the
 * pages the head links to for them (the first one leads).
 */
const SIDES = {
  customer: {
    documents: 'invoices.list',
    ageing: 'reports.receivablesAgeing',
    page: 'invoice',
    words: {
      due: 'contact.balanceDue',
      overdue: 'contact.overdue',
      credit: 'contact.credit',
      open: 'contact.openInvoices',
      documents: 'contact.invoices',
      none: 'contact.noInvoices',
    },
    dueTestId: 'balance-due',
    links: [
      { page: 'invoice-new', word: 'contact.newInvoice' },
      { page: 'payment-new', word: 'contact.receivePayment' },
    ],
  },
  supplier: {
    documents: 'bills.list',
    ageing: 'reports.payablesAgeing',
    page: 'bill',
    words: {
      due: 'supplier.balanceOwed',
      overdue: 'supplier.overdue',
      credit: 'supplier.credit',
      open: 'supplier.openBills',
      documents: 'supplier.bills',
      none: 'supplier.noBills',
    },
    dueTestId: 'balance-owed',
    links: [
      { page: 'bill-new', word: 'supplier.newBill' },
      { page: 'supplier-payment-new', word: 'supplier.pay' },
      { page: 'purchase-order-new', word: 'purchaseOrder.new' },
      { page: 'purchase-orders', word: 'nav.purchaseOrders' },
      { page: 'supplier-payments', word: 'nav.supplierPayments' },
    ],
  },
} as const

export type ContactSide = keyof typeof SIDES

/**
 * A customer's invoices (a supplier's bills) and ageing as of today. `contact` carries the
 * refusal of any of the three, so a page waits on it alone.
 */
export function useContactBalance(id: string, side: ContactSide) {
  const invoke = useInvoke()
  const companyPath = useSession((store) => store.session?.company?.path ?? '')
  const asOf = today()
  const key = `${companyPath}|${id}|${asOf}`
  const contact = useQuery(key, () => invoke('contacts.get', { id }))
  const documents = useQuery(key, () => invoke(SIDES[side].documents, { contactId: id }))
  const ageing = useQuery(key, () => invoke(SIDES[side].ageing, { asOf, contactId: id }))
  const summary = invoiceSummary(documents.data ?? [], asOf)
  const net = ageing.data?.rows[0]?.total ?? 0n
  return {
    side,
    asOf,
    contact: {
      ...contact,
      error: contact.error ?? documents.error ?? ageing.error,
    } satisfies Query<Contact>,
    documents: documents.data ?? [],
    ageing: ageing.data,
    summary,
    /** What they paid beyond their documents: the documents' total less the ageing's net. */
    credit: summary.due - net > 0n ? summary.due - net : 0n,
    reload: () => {
      contact.reload()
      documents.reload()
      ageing.reload()
    },
  }
}

export type ContactBalance = ReturnType<typeof useContactBalance>

/**
 * The contact at a glance: name, kind and `actions`; what they owe and how late, credit kept;
 * their documents with payment status beside their details.
 */
export function ContactOverview(props: {
  balance: ContactBalance
  contact: Contact
  badge: string
  /** Buttons after the links. */
  actions?: ReactNode
  /** Under the head: why the last action was refused. */
  notice?: ReactNode
}) {
  const { t, format } = useI18n()
  const { balance, contact } = props
  const { words, dueTestId, page, links } = SIDES[balance.side]
  const { summary } = balance
  return (
    <>
      <div className="card contact-head">
        <div className="detail-head">
          <h2>{contact.name}</h2>
          <span className="badge">{props.badge}</span>
          {contact.archived ? <span className="badge reversed">{t('sales.archived')}</span> : null}
          <div className="actions head-actions">
            {links.map((link, index) => (
              <a
                key={link.page}
                className={index === 0 ? 'button-link primary-link' : 'button-link'}
                href={routeHref({ page: link.page, contact: contact.id })}
              >
                {t(link.word)}
              </a>
            ))}
            {props.actions}
          </div>
        </div>
        {props.notice}
        <div className="stat-tiles">
          <Stat label={t(words.due)} value={summary.due} testId={dueTestId} />
          <Stat
            label={t(words.overdue)}
            value={summary.overdue}
            testId="overdue"
            tone={summary.overdue > 0n ? 'danger' : undefined}
          />
          <Stat label={t(words.credit)} value={balance.credit} testId="credit" />
          <div className="stat">
            <div className="stat-label">{t(words.open)}</div>
            <div className="stat-value">{format.number(summary.open)}</div>
          </div>
        </div>
        {balance.ageing ? <ContactAgeing ageing={balance.ageing} /> : null}
      </div>
      <div className="contact-layout">
        <ContactInvoices
          invoices={balance.documents}
          asOf={balance.asOf}
          title={t(words.documents)}
          empty={t(words.none)}
          route={(id) => ({ page, id })}
        />
        <ContactDetails contact={contact} />
      </div>
    </>
  )
}

function Stat(props: { label: string; value: bigint; testId: string; tone?: 'danger' }) {
  return (
    <div className={props.tone ? `stat ${props.tone}` : 'stat'}>
      <div className="stat-label">{props.label}</div>
      <div className="stat-value" data-testid={props.testId}>
        <Amount value={props.value} />
      </div>
    </div>
  )
}
