import { useState } from 'react'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import { accountLabel } from '../journal/account-match'
import type { Route } from '../routing/routes'
import { useNavigate } from '../routing/use-route'
import { useAccounts, useInvoke } from '../state/services'
import { AccountLedger } from './account-ledger'
import { EveryAccountLines, LedgerSummary } from './ledger-summary'
import { RangeParams, ReportPage } from './report-frame'
import { useReportContext } from './use-report-context'

type LedgerRoute = Extract<Route, { page: 'general-ledger' }>

/** Lines each account shows when every account's lines are asked for; the rest open by account. */
const LINES_IN_EVERY_ACCOUNT = 25

/**
 * One account's ledger (opening balance, its lines, closing balance), or with no account chosen
 * the accounts with entries in the period to choose from; every account's first lines on request.
 */
export function GeneralLedgerReport(props: { route: LedgerRoute }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const accounts = useAccounts((store) => store.accounts) ?? []
  const { defaults, companyPath } = useReportContext()
  const [everyLine, setEveryLine] = useState(false)
  const from = props.route.from ?? defaults.from
  const to = props.route.to ?? defaults.to
  const account = props.route.account
  // The lines themselves are read page by page as they scroll into view; this reads the totals
  // (and, for every account at once, only each one's first lines).
  const limit = !account && everyLine ? LINES_IN_EVERY_ACCOUNT : 0
  const report = useQuery(`${companyPath}|${account ?? ''}|${from}|${to}|${limit}`, () =>
    invoke('reports.generalLedger', {
      from,
      to,
      limit,
      ...(account ? { accountId: account } : {}),
    }),
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
      {(data) => {
        if (account) {
          // While another account's answer is still the latest one, wait for this one's.
          const one = data.accounts.find((item) => item.accountId === account)
          return one ? (
            <AccountLedger key={`${companyPath}|${from}|${to}`} account={one} from={from} to={to} />
          ) : null
        }
        return everyLine ? (
          <EveryAccountLines report={data} onBack={() => setEveryLine(false)} />
        ) : (
          <LedgerSummary report={data} onEveryLine={() => setEveryLine(true)} />
        )
      }}
    </ReportPage>
  )
}
