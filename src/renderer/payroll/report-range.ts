import { today } from '../../shared/dates'
import type { PayRun } from '../../shared/domain/payroll'
import { useQuery } from '../components/use-query'
import type { PayrollRoute } from '../routing/payroll-routes'
import { useInvoke } from '../state/services'

export type ReportRoute = Extract<PayrollRoute, { page: 'payroll-report' }>

/** The last run that reached the ledger (posted or paid), by the end of its period. */
export function latestPostedRun(runs: readonly PayRun[]): PayRun | null {
  return runs
    .filter((run) => run.status === 'posted' || run.status === 'paid')
    .reduce<PayRun | null>(
      (latest, run) => ((latest?.periodEnd ?? '') < run.periodEnd ? run : latest),
      null,
    )
}

/**
 * The range a payroll report shows: the one in its address, or else the latest posted run's
 * period (for year to date, its year up to that period's end), so the report opens on figures
 * rather than on an empty current month. `ready` is false while the runs are still being read.
 */
export function useReportRange(route: ReportRoute): { from: string; to: string; ready: boolean } {
  const invoke = useInvoke()
  const given = route.from !== undefined || route.to !== undefined
  const runs = useQuery(given ? null : 'payroll-report-runs', () => invoke('payroll.runs.list', {}))
  const latest = given ? null : latestPostedRun(runs.data ?? [])
  const to = route.to ?? latest?.periodEnd ?? today()
  const from =
    route.from ??
    (route.name === 'payroll-ytd'
      ? `${to.slice(0, 4)}-01-01`
      : (latest?.periodStart ?? `${to.slice(0, 7)}-01`))
  return { from, to, ready: given || runs.data !== undefined || runs.error !== null }
}
