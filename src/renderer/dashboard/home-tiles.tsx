import type { Dashboard, DraftCounts } from '../../shared/domain/dashboard'
import { useI18n } from '../i18n/i18n-context'
import type { MessageKey } from '../i18n/translate'
import type { Route } from '../routing/routes'
import { Tile, TileLine } from './tile'

const DRAFT_LINKS: readonly { key: keyof DraftCounts; label: MessageKey; to: Route }[] = [
  { key: 'invoices', label: 'home.drafts.invoices', to: { page: 'invoices', status: 'draft' } },
  {
    key: 'creditNotes',
    label: 'home.drafts.creditNotes',
    to: { page: 'credit-notes', status: 'draft' },
  },
  { key: 'bills', label: 'home.drafts.bills', to: { page: 'bills', status: 'draft' } },
  {
    key: 'debitNotes',
    label: 'home.drafts.debitNotes',
    to: { page: 'debit-notes', status: 'draft' },
  },
  { key: 'stockDocuments', label: 'home.drafts.stockDocuments', to: { page: 'stock-documents' } },
  { key: 'payRuns', label: 'home.drafts.payRuns', to: { page: 'pay-runs' } },
]

/** The home page's figures, each tile a link to the report or list that explains it. */
export function HomeTiles(props: { data: Dashboard }) {
  const { t, tn, format } = useI18n()
  const { sales, cash, receivables, payables, drafts } = props.data
  const money = format.money
  const receivablesAgeing: Route = { page: 'receivables-ageing', asOf: props.data.today }
  const waiting = DRAFT_LINKS.filter((link) => drafts[link.key] > 0)
  const today = props.data.today
  const invoicedSince = (from: string): Route => ({
    page: 'invoices',
    status: 'posted',
    from,
    to: today,
  })
  const overdueInvoices: Route = { page: 'invoices', status: 'overdue', asOf: today }
  const billsToPay: Route = { page: 'bills', status: 'open', dueBy: payables.dueSoonUntil }
  return (
    <div className="home-tiles">
      <Tile title={t('home.salesToday')} to={invoicedSince(today)} value={money(sales.today)}>
        <div className="muted">{t('home.salesNote')}</div>
      </Tile>
      <Tile
        title={t('home.salesMonth')}
        to={invoicedSince(sales.monthStart)}
        value={money(sales.thisMonth)}
      >
        <div className="muted">{t('home.lastMonth', { amount: money(sales.lastMonth) })}</div>
      </Tile>
      <Tile title={t('home.cash')} to={{ page: 'balance-sheet' }} value={money(cash.total)}>
        {cash.accounts.length === 0 ? (
          <div className="muted">{t('home.noCashAccounts')}</div>
        ) : (
          cash.accounts.map((account) => (
            <TileLine
              key={account.accountId}
              to={{ page: 'general-ledger', account: account.accountId }}
              label={`${account.code} ${account.name}`}
              value={money(account.balance)}
            />
          ))
        )}
      </Tile>
      <Tile title={t('home.owed')} to={receivablesAgeing} value={money(receivables.total)}>
        <div className="muted">{t('home.owedNote')}</div>
      </Tile>
      <Tile
        title={t('home.overdue')}
        to={overdueInvoices}
        value={money(receivables.overdue)}
        tone={receivables.overdue > 0n ? 'danger' : undefined}
      >
        {receivables.overdueContacts === 0 ? (
          <div className="muted">{t('home.nothingOverdue')}</div>
        ) : (
          <>
            <div className="muted">{tn('home.overdueCustomers', receivables.overdueContacts)}</div>
            {receivables.mostOverdue.map((customer) => (
              <TileLine
                key={customer.contactId}
                to={{ page: 'contact', id: customer.contactId }}
                label={customer.contactName}
                value={money(customer.overdue)}
              />
            ))}
          </>
        )}
      </Tile>
      <Tile
        title={t('home.bills')}
        to={billsToPay}
        value={money(payables.dueSoon + payables.overdue)}
        tone={payables.overdue > 0n ? 'warning' : undefined}
      >
        <div>
          {payables.dueSoonCount === 0
            ? t('home.billsDueSoonNone', { date: format.date(payables.dueSoonUntil) })
            : tn('home.billsDueSoon', payables.dueSoonCount, {
                amount: money(payables.dueSoon),
                date: format.date(payables.dueSoonUntil),
              })}
        </div>
        <div>{t('home.billsOverdue', { amount: money(payables.overdue) })}</div>
        <div className="muted">{t('home.billsTotal', { amount: money(payables.total) })}</div>
      </Tile>
      <Tile
        title={t('home.lowStock')}
        to={{ page: 'inventory-report', name: 'low-stock' }}
        value={format.number(props.data.lowStockItems)}
        tone={props.data.lowStockItems > 0 ? 'warning' : undefined}
      >
        <div className="muted">{tn('home.lowStockItems', props.data.lowStockItems)}</div>
      </Tile>
      <Tile
        title={t('home.drafts')}
        to={waiting[0]?.to ?? { page: 'invoices', status: 'draft' }}
        value={format.number(waiting.reduce((sum, link) => sum + drafts[link.key], 0))}
      >
        {waiting.length === 0 ? (
          <div className="muted">{t('home.noDrafts')}</div>
        ) : (
          waiting.map((link) => (
            <TileLine
              key={link.key}
              to={link.to}
              label={t(link.label)}
              value={format.number(drafts[link.key])}
            />
          ))
        )}
      </Tile>
    </div>
  )
}
