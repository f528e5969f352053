import type { ReactNode } from 'react'
import type { PayRunReview } from '../../shared/domain/payroll'
import { Amount } from '../components/amount'
import { ListTable, type ListColumn } from '../components/list-table'
import { useI18n } from '../i18n/i18n-context'
import { useNavigate } from '../routing/use-route'

type ReviewRow = PayRunReview['payslips'][number]

/** Every payslip of the run beside the employee's last net pay, with both runs' totals. */
export function ReviewTable(props: { review: PayRunReview }) {
  const { t } = useI18n()
  const navigate = useNavigate()
  const { run, previous, payslips } = props.review
  if (payslips.length === 0) return <p className="empty">{t('payRun.noPayslips')}</p>
  const change = (now: bigint, before: bigint | null | undefined) =>
    before === null || before === undefined ? null : <Amount value={now - before} />
  const moneyColumn = (
    key: string,
    header: ReactNode,
    cell: (payslip: ReviewRow) => ReactNode,
    className = 'end',
  ): ListColumn<ReviewRow> => ({ key, header, headerClassName: 'end col-money', className, cell })
  const columns: ListColumn<ReviewRow>[] = [
    {
      key: 'employee',
      header: t('payRun.col.employee'),
      cell: (payslip) => (
        <>
          <span className="mono">{payslip.employeeCode}</span> {payslip.employeeName}
        </>
      ),
    },
    moneyColumn('gross', t('payRun.col.gross'), (payslip) => <Amount value={payslip.gross} />),
    moneyColumn('deductions', t('payRun.col.deductions'), (payslip) => (
      <Amount value={payslip.deductions} />
    )),
    moneyColumn('employer', t('payRun.col.employer'), (payslip) => (
      <Amount value={payslip.employerContributions} />
    )),
    moneyColumn('net', t('payRun.col.net'), (payslip) => <Amount value={payslip.net} />),
    moneyColumn(
      'lastNet',
      t('payRun.col.lastNet'),
      (payslip) => (payslip.previousNet === null ? null : <Amount value={payslip.previousNet} />),
      'end previous',
    ),
    moneyColumn('change', t('payRun.col.change'), (payslip) =>
      change(payslip.net, payslip.previousNet),
    ),
  ]
  return (
    <section aria-label={t('payRun.review')}>
      <h3>
        {t('payRun.review')}{' '}
        <span className="muted">
          {previous ? t('payRun.lastRun', { number: previous.number }) : t('payRun.noPrevious')}
        </span>
      </h3>
      <ListTable
        className="review-table"
        columns={columns}
        rows={payslips}
        rowKey={(payslip) => payslip.employeeId}
        rowData={(payslip) => ({ 'data-employee': payslip.employeeCode })}
        onOpen={(payslip) =>
          navigate({ page: 'payslip', run: run.id, employee: payslip.employeeCode })
        }
        footer={
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
        }
      />
    </section>
  )
}
