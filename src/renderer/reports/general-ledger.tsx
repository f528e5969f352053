import { useState } from 'react'
import type { GeneralLedgerAccount } from '../../shared/domain/reports'
import { AmountCell, DrillLink, DrillRow, EmptyRow } from '../components/report-table'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import { accountLabel } from '../journal/account-match'
import type { Route } from '../routing/routes'
import { useNavigate } from '../routing/use-route'
import { useAccounts, useInvoke } from '../state/services'
import { BalanceAmount } from './balance-amount'
import { RangeParams, ReportPage } from './report-frame'
import { useReportContext } from './use-report-context'

type LedgerRoute = Extract<Route, { page: 'general-ledger' }>

/** An account's opening balance, each line with the running balance, and the closing balance. */
export function GeneralLedgerReport(props: { route: LedgerRoute }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const accounts = useAccounts((store) => store.accounts) ?? []
  const { defaults, companyPath } = useReportContext()
  const from = props.route.from ?? defaults.from
  const to = props.route.to ?? defaults.to
  const account = props.route.account
  const report = useQuery(`${companyPath}|${account ?? ''}|${from}|${to}`, () =>
    invoke('reports.generalLedger', { from, to, ...(account ? { accountId: account } : {}) }),
  )
  const update = (patch: Partial<LedgerRoute>) =>
    navigate({ page: 'general-ledger', account, from, to, ...patch }, { replace: true })

  return (
    <ReportPage
      report={report}
      params={
        <>
          <label className="inline-label">
            {t('report.param.account')}
            <select
              value={account ?? ''}
              onChange={(event) => update({ account: event.target.value || undefined })}
            >
              <option value="">{t('report.allAccounts')}</option>
              {accounts.map((item) => (
                <option key={item.id} value={item.id}>
                  {accountLabel(item)}
                </option>
              ))}
            </select>
          </label>
          <RangeParams from={from} to={to} onChange={update} />
        </>
      }
    >
      {(data) => (
        <>
          {data.accounts.length === 0 ? <p className="empty">{t('report.noActivity')}</p> : null}
          {data.accounts.map((item) => (
            <LedgerAccount key={item.accountId} account={item} />
          ))}
        </>
      )}
    </ReportPage>
  )
}

/** Lines drawn at first, and more on each request: a busy account's year stays quick to open. */
const LINES_PER_STEP = 1000

function LedgerAccount(props: { account: GeneralLedgerAccount }) {
  const { t, tn, format } = useI18n()
  const { account } = props
  const [shown, setShown] = useState(LINES_PER_STEP)
  const hidden = account.lines.length - shown
  return (
    <section className="ledger-account">
      <h2>
        <span className="mono">{account.code}</span> {account.name}
      </h2>
      <table className="grid report-table general-ledger">
        <thead>
          <tr>
            <th className="col-date">{t('report.col.date')}</th>
            <th className="col-number">{t('report.col.number')}</th>
            <th>{t('report.col.reference')}</th>
            <th>{t('report.col.memo')}</th>
            <th className="end col-money">{t('report.col.debit')}</th>
            <th className="end col-money">{t('report.col.credit')}</th>
            <th className="end col-money">{t('report.col.balance')}</th>
          </tr>
        </thead>
        <tbody>
          <tr className="subtotal">
            <td colSpan={6}>{t('report.opening')}</td>
            <td className="end">
              <BalanceAmount value={account.opening} />
            </td>
          </tr>
          {account.lines.length === 0 ? (
            <EmptyRow columns={7}>{t('report.noLines')}</EmptyRow>
          ) : null}
          {account.lines.slice(0, shown).map((line, index) => {
            const entry: Route = { page: 'journal-entry', id: line.entryId }
            return (
              <DrillRow key={`${line.entryId}-${index}`} to={entry}>
                <td>{format.date(line.date)}</td>
                <td>
                  <DrillLink to={entry} className="mono">
                    {line.number}
                  </DrillLink>
                </td>
                <td className="ellipsis">{line.reference}</td>
                <td className="ellipsis">{line.memo}</td>
                <AmountCell value={line.debit} blankZero />
                <AmountCell value={line.credit} blankZero />
                <td className="end">
                  <BalanceAmount value={line.balance} />
                </td>
              </DrillRow>
            )
          })}
          {hidden > 0 ? (
            <tr>
              <td colSpan={7} className="more-lines">
                <button type="button" onClick={() => setShown(shown + LINES_PER_STEP)}>
                  {tn('report.moreLines', Math.min(hidden, LINES_PER_STEP))}
                </button>{' '}
                <span className="muted">{tn('report.linesHidden', hidden)}</span>
              </td>
            </tr>
          ) : null}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={4}>{t('report.closing')}</td>
            <AmountCell value={account.totalDebit} />
            <AmountCell value={account.totalCredit} />
            <td className="end">
              <BalanceAmount value={account.closing} />
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  )
}
