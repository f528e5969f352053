import type {
  GeneralLedgerAccount,
  GeneralLedgerLine,
  LedgerLineKey,
} from '../../shared/domain/reports'
import { Amount } from '../components/amount'
import { Notice } from '../components/notice'
import { DrillLink } from '../components/report-table'
import { usePagedRows } from '../components/use-paged-rows'
import { useI18n } from '../i18n/i18n-context'
import type { Route } from '../routing/routes'
import { useNavigate } from '../routing/use-route'
import { VirtualRows } from '../sales/virtual-rows'
import { useInvoke } from '../state/services'
import { BalanceAmount } from './balance-amount'

/** The virtual list's row and heading heights (see VirtualRows and .list-head). */
const ROW_HEIGHT = 30
const HEAD_HEIGHT = 34

/**
 * One account's ledger: the opening balance, every line with its running balance in a list that
 * reads a page at a time as it scrolls (a million lines open as fast as ten), the closing balance.
 */
export function AccountLedger(props: { account: GeneralLedgerAccount; from: string; to: string }) {
  const { t, tn, format } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const { account, from, to } = props
  const pages = usePagedRows<GeneralLedgerLine>(
    `${account.accountId}|${from}|${to}`,
    ({ after, before, ...page }) =>
      invoke('reports.generalLedger', {
        ...page,
        from,
        to,
        accountId: account.accountId,
        // The count came with the account: every page, the first too, is read by key.
        after: after ? keyOf(after) : page.offset === 0 ? null : undefined,
        before: before && keyOf(before),
      }).then((report) => ({ total: account.lineCount, rows: report.accounts[0]?.lines ?? [] })),
  )
  const count = account.lineCount
  const entryOf = (line: GeneralLedgerLine): Route => ({ page: 'journal-entry', id: line.entryId })
  return (
    <section className="ledger-account one-account" aria-label={`${account.code} ${account.name}`}>
      <h2>
        <span className="mono">{account.code}</span> {account.name}{' '}
        <span className="muted">{tn('report.lineCount', count)}</span>
      </h2>
      {pages.error ? <Notice tone="error">{pages.error.message}</Notice> : null}
      <div className="list-row ledger-end ledger-opening">
        <span className="ledger-end-label">{t('report.opening')}</span>
        <span className="end">
          <BalanceAmount value={account.opening} />
        </span>
      </div>
      {/* As tall as its lines, at most what the window leaves (CSS): a short ledger stays short. */}
      <div
        className="ledger-lines"
        style={{ blockSize: HEAD_HEIGHT + Math.max(count, 1) * ROW_HEIGHT + 2 }}
      >
        <VirtualRows
          rows={{ count, at: pages.rowAt, ensure: pages.ensure, loading: t('app.loading') }}
          label={t('report.ledgerLines')}
          className="ledger-rows"
          idPrefix="ledger-line"
          empty={count === 0 ? t('report.noLines') : null}
          // Lines of one entry come together and each moves the balance, so the pair is unique.
          rowKey={(line) => `${line.entryId}|${line.balance}`}
          onOpen={(line) => navigate(entryOf(line))}
          head={
            <>
              <span role="columnheader">{t('report.col.date')}</span>
              <span role="columnheader">{t('report.col.number')}</span>
              <span role="columnheader">{t('report.col.reference')}</span>
              <span role="columnheader">{t('report.col.memo')}</span>
              <span role="columnheader" className="end">
                {t('report.col.debit')}
              </span>
              <span role="columnheader" className="end">
                {t('report.col.credit')}
              </span>
              <span role="columnheader" className="end">
                {t('report.col.balance')}
              </span>
            </>
          }
          cells={(line) => (
            <>
              <span role="gridcell">{format.date(line.date)}</span>
              <span role="gridcell" className="mono">
                <DrillLink to={entryOf(line)}>{line.number}</DrillLink>
              </span>
              <span role="gridcell" className="ellipsis" dir="auto">
                {line.reference}
              </span>
              <span role="gridcell" className="ellipsis" dir="auto">
                {line.memo}
              </span>
              <span role="gridcell" className="end">
                <Amount value={line.debit} blankZero />
              </span>
              <span role="gridcell" className="end">
                <Amount value={line.credit} blankZero />
              </span>
              <span role="gridcell" className="end">
                <BalanceAmount value={line.balance} />
              </span>
            </>
          )}
        />
      </div>
      <div className="list-row ledger-end ledger-closing">
        <span className="ledger-end-label">{t('report.closing')}</span>
        <span className="end">
          <Amount value={account.totalDebit} />
        </span>
        <span className="end">
          <Amount value={account.totalCredit} />
        </span>
        <span className="end">
          <BalanceAmount value={account.closing} />
        </span>
      </div>
    </section>
  )
}

function keyOf({ date, number, lineNo }: GeneralLedgerLine): LedgerLineKey {
  return { date, number, lineNo }
}
