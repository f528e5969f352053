import { useState } from 'react'
import { today } from '../../../shared/dates'
import type { Contact } from '../../../shared/domain/sales'
import { asRpcError } from '../../api/rpc-error'
import { Amount } from '../../components/amount'
import { Notice } from '../../components/notice'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { routeHref } from '../../routing/routes'
import { useInvoke, useServices, useSession } from '../../state/services'
import { invoiceSummary } from '../invoices/payment-status'
import { ContactAgeing } from './contact-ageing'
import { ContactDetails } from './contact-details'
import { ContactFlow } from './contact-flow'
import { ContactForm } from './contact-form'
import { ContactInvoices } from './contact-invoices'
import { ContactStatement } from './contact-statement'

/**
 * The customer at a glance: what they owe and how late, their invoices with payment status,
 * credit kept, and their details, addresses and people. Edit and archive from here.
 */
export function ContactPage(props: { id: string }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const sales = useServices().sales
  const companyPath = useSession((store) => store.session?.company?.path ?? '')
  const asOf = today()
  const [editing, setEditing] = useState(false)
  const [actionError, setActionError] = useState<string | null>(null)
  const key = `${companyPath}|${props.id}|${asOf}`
  const contact = useQuery(key, () => invoke('contacts.get', { id: props.id }))
  const invoices = useQuery(key, () => invoke('invoices.list', { contactId: props.id }))
  const ageing = useQuery(key, () =>
    invoke('reports.receivablesAgeing', { asOf, contactId: props.id }),
  )

  const error = contact.error ?? invoices.error ?? ageing.error
  if (error) return <Notice tone="error">{error.message}</Notice>
  const data = contact.data
  if (!data || data.id !== props.id) return <p className="empty">{t('app.loading')}</p>

  const summary = invoiceSummary(invoices.data ?? [], asOf)
  const row = ageing.data?.rows[0]
  const net = row?.total ?? 0n
  const credit = summary.due - net > 0n ? summary.due - net : 0n
  const reloadAll = () => {
    contact.reload()
    invoices.reload()
    ageing.reload()
  }
  const setArchived = async (archived: boolean) => {
    setActionError(null)
    try {
      sales.getState().putContact(await invoke('contacts.setArchived', { id: data.id, archived }))
      contact.reload()
    } catch (caught) {
      setActionError(asRpcError(caught).message)
    }
  }
  const onSaved = (saved?: Contact) => {
    setEditing(false)
    if (saved) reloadAll()
  }

  return (
    <div className="page contact-page">
      {editing ? <ContactForm contact={data} onDone={onSaved} /> : null}
      <div className="card contact-head">
        <div className="detail-head">
          <h2>{data.name}</h2>
          <span className="badge">{t(`contact.kind.${data.kind}`)}</span>
          {data.archived ? <span className="badge reversed">{t('sales.archived')}</span> : null}
          <div className="actions head-actions">
            <a
              className="button-link primary-link"
              href={routeHref({ page: 'invoice-new', contact: data.id })}
            >
              {t('contact.newInvoice')}
            </a>
            <a className="button-link" href={routeHref({ page: 'payment-new', contact: data.id })}>
              {t('contact.receivePayment')}
            </a>
            <button type="button" onClick={() => setEditing(true)}>
              {t('action.edit')}
            </button>
            <button type="button" onClick={() => void setArchived(!data.archived)}>
              {data.archived ? t('sales.unarchive') : t('sales.archive')}
            </button>
          </div>
        </div>
        {actionError ? (
          <div className="field-error" role="alert">
            {actionError}
          </div>
        ) : null}
        <div className="stat-tiles">
          <Stat label={t('contact.balanceDue')} value={summary.due} testId="balance-due" />
          <Stat
            label={t('contact.overdue')}
            value={summary.overdue}
            testId="overdue"
            tone={summary.overdue > 0n ? 'danger' : undefined}
          />
          <Stat label={t('contact.credit')} value={credit} testId="credit" />
          <div className="stat">
            <div className="stat-label">{t('contact.openInvoices')}</div>
            <div className="stat-value">{format.number(summary.open)}</div>
          </div>
        </div>
        {ageing.data ? <ContactAgeing ageing={ageing.data} /> : null}
      </div>
      <div className="contact-layout">
        <ContactInvoices invoices={invoices.data ?? []} asOf={asOf} />
        <ContactDetails contact={data} />
      </div>
      <ContactFlow contactId={data.id} />
      <ContactStatement contactId={data.id} asOf={asOf} />
    </div>
  )
}

export function Stat(props: { label: string; value: bigint; testId: string; tone?: 'danger' }) {
  return (
    <div className={props.tone ? `stat ${props.tone}` : 'stat'}>
      <div className="stat-label">{props.label}</div>
      <div className="stat-value" data-testid={props.testId}>
        <Amount value={props.value} />
      </div>
    </div>
  )
}
