import type { GeneralLedger, GeneralLedgerAccount } from '../../shared/domain/reports'
import { AmountCell, DrillLink, DrillRow, EmptyRow } from '../components/report-table'
import { useI18n } from '../i18n/i18n-context'
import type { Route } from '../routing/routes'
import { BalanceAmount } from './balance-amount'

const ledgerOf = (report: GeneralLedger, account: GeneralLedgerAccount): Route => ({
  page: 'general-ledger',
  account: account.accountId,
  from: report.from,
  to: report.to,
})

/** The accounts with entries in the period, each opening its own ledger. */
export function LedgerSummary(props: { report: GeneralLedger; onEveryLine: () => void }) {
  const { t, format } = useI18n()
  const { report } = props
  return (
    <>
      <p className="ledger-choose muted">
        {t('report.chooseAccount')}{' '}
        <button type="button" className="link" onClick={props.onEveryLine}>
          {t('report.showAllLines')}
        </button>
      </p>
      <table className="grid report-table ledger-summary" aria-label={t('report.allAccounts')}>
        <thead>
          <tr>
            <th className="col-code">{t('report.col.code')}</th>
            <th>{t('report.col.account')}</th>
            <th className="end col-money">{t('report.col.opening')}</th>
            <th className="end col-money">{t('report.col.debit')}</th>
            <th className="end col-money">{t('report.col.credit')}</th>
            <th className="end col-money">{t('report.col.closing')}</th>
            <th className="end">{t('report.col.lines')}</th>
          </tr>
        </thead>
        <tbody>
          {report.accounts.length === 0 ? (
            <EmptyRow columns={7}>{t('report.noActivity')}</EmptyRow>
          ) : null}
          {report.accounts.map((account) => (
            <DrillRow
              key={account.accountId}
              to={ledgerOf(report, account)}
              data-account={account.code}
            >
              <td className="col-code mono">{account.code}</td>
              <td>
                <DrillLink to={ledgerOf(report, account)}>{account.name}</DrillLink>
              </td>
              <td className="end">
                <BalanceAmount value={account.opening} />
              </td>
              <AmountCell value={account.totalDebit} blankZero />
              <AmountCell value={account.totalCredit} blankZero />
              <td className="end">
                <BalanceAmount value={account.closing} />
              </td>
              <td className="end amount">{format.number(account.lineCount)}</td>
            </DrillRow>
          ))}
        </tbody>
      </table>
    </>
  )
}

/** Every account's first lines, each with a way into the rest: printed or read through. */
export function EveryAccountLines(props: { report: GeneralLedger; onBack: () => void }) {
  const { t } = useI18n()
  const { report } = props
  return (
    <>
      <p className="ledger-choose">
        <button type="button" className="link" onClick={props.onBack}>
          {t('report.showSummary')}
        </button>
      </p>
      {report.accounts.length === 0 ? <p className="empty">{t('report.noActivity')}</p> : null}
      {report.accounts.map((account) => (
        <LedgerAccountTable key={account.accountId} report={report} account={account} />
      ))}
    </>
  )
}

function LedgerAccountTable(props: { report: GeneralLedger; account: GeneralLedgerAccount }) {
  const { t, tn, format } = useI18n()
  const { account } = props
  const hidden = account.lineCount - account.lines.length
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
          {account.lines.map((line) => {
            const entry: Route = { page: 'journal-entry', id: line.entryId }
            return (
              <DrillRow key={`${line.entryId}|${line.balance}`} to={entry}>
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
                <DrillLink to={ledgerOf(props.report, account)}>
                  {tn('report.openAccount', hidden)}
                </DrillLink>
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
