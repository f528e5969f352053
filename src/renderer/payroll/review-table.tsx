import type { PayRunReview } from '../../shared/domain/payroll'
import { Amount } from '../components/amount'
import { useI18n } from '../i18n/i18n-context'
import { useNavigate } from '../routing/use-route'
import { rowKeys } from './row-keys'

/** Every payslip of the run beside the employee's last net pay, with both runs' totals. */
export function ReviewTable(props: { review: PayRunReview }) {
  const { t } = useI18n()
  const navigate = useNavigate()
  const { run, previous, payslips } = props.review
  if (payslips.length === 0) return <p className="empty">{t('payRun.noPayslips')}</p>
  const change = (now: bigint, before: bigint | null | undefined) =>
    before === null || before === undefined ? null : <Amount value={now - before} />
  return (
    <section aria-label={t('payRun.review')}>
      <h3>
        {t('payRun.review')}{' '}
        <span className="muted">
          {previous ? t('payRun.lastRun', { number: previous.number }) : t('payRun.noPrevious')}
        </span>
      </h3>
      <table className="grid review-table">
        <thead>
          <tr>
            <th>{t('payRun.col.employee')}</th>
            <th className="end col-money">{t('payRun.col.gross')}</th>
            <th className="end col-money">{t('payRun.col.deductions')}</th>
            <th className="end col-money">{t('payRun.col.employer')}</th>
            <th className="end col-money">{t('payRun.col.net')}</th>
            <th className="end col-money">{t('payRun.col.lastNet')}</th>
            <th className="end col-money">{t('payRun.col.change')}</th>
          </tr>
        </thead>
        <tbody>
          {payslips.map((payslip) => {
            const open = () =>
              navigate({ page: 'payslip', run: run.id, employee: payslip.employeeCode })
            return (
              <tr
                key={payslip.employeeId}
                className="drill"
                tabIndex={0}
                data-employee={payslip.employeeCode}
                onClick={open}
                onKeyDown={rowKeys(open)}
              >
                <td>
                  <span className="mono">{payslip.employeeCode}</span> {payslip.employeeName}
                </td>
                <td className="end">
                  <Amount value={payslip.gross} />
                </td>
                <td className="end">
                  <Amount value={payslip.deductions} />
                </td>
                <td className="end">
                  <Amount value={payslip.employerContributions} />
                </td>
                <td className="end">
                  <Amount value={payslip.net} />
                </td>
                <td className="end previous">
                  {payslip.previousNet === null ? null : <Amount value={payslip.previousNet} />}
                </td>
                <td className="end">{change(payslip.net, payslip.previousNet)}</td>
              </tr>
            )
          })}
        </tbody>
        <tfoot>
          <tr>
            <td>{t('payRun.total')}</td>
            <td className="end">
              <Amount value={run.totals.gross} />
            </td>
            <td className="end">
              <Amount value={run.totals.deductions} />
            </td>
            <td className="end">
              <Amount value={run.totals.employerContributions} />
            </td>
            <td className="end">
              <Amount value={run.totals.net} />
            </td>
            <td className="end previous">
              {previous ? <Amount value={previous.totals.net} /> : null}
            </td>
            <td className="end">{change(run.totals.net, previous?.totals.net)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  )
}
