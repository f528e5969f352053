import { useState } from 'react'
import { asRpcError } from '../api/rpc-error'
import { Amount } from '../components/amount'
import { Notice } from '../components/notice'
import { RecordPage } from '../components/record-page'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import { routeHref } from '../routing/routes'
import { useInvoke } from '../state/services'
import { base64Bytes, downloadFile } from './download'

/** One payslip as the employee gets it, with its PDF. */
export function PayslipView(props: { run: string; employee: string }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const [pdfError, setPdfError] = useState<string | null>(null)
  const id = `${props.run}:${props.employee}`
  const query = useQuery(`payslip:${id}`, async () => ({
    id,
    ...(await invoke('payroll.payslip', { id: props.run, employeeCode: props.employee })),
  }))
  const pdf = async () => {
    setPdfError(null)
    try {
      const file = await invoke('payroll.payslipPdf', {
        id: props.run,
        employeeCode: props.employee,
      })
      downloadFile(file.fileName, base64Bytes(file.base64), 'application/pdf')
    } catch (caught) {
      setPdfError(asRpcError(caught).message)
    }
  }
  return (
    <RecordPage query={query} id={id}>
      {({ run, employee, payslip }) => (
        <div className="page payslip-page">
          <div className="toolbar">
            <a href={routeHref({ page: 'pay-run', id: props.run })}>{t('payslip.back')}</a>
            <button type="button" className="primary" autoFocus onClick={pdf}>
              {t('payslip.pdf')}
            </button>
          </div>
          {pdfError ? <Notice tone="error">{pdfError}</Notice> : null}
          <div className="report-heading">
            <h2>{t('payslip.title', { employee: employee.name, number: run.number })}</h2>
            <span className="muted">
              {t('payRuns.period', {
                from: format.date(run.periodStart),
                to: format.date(run.periodEnd),
              })}
              {' · '}
              {t('payslip.daysWorked', {
                worked: format.number(Number(payslip.daysWorked)),
                working: format.number(Number(payslip.workingDays)),
              })}
            </span>
          </div>
          <table className="grid payslip-table">
            <thead>
              <tr>
                <th>{t('payslip.col.kind')}</th>
                <th>{t('payslip.col.component')}</th>
                <th>{t('payslip.col.detail')}</th>
                <th className="end col-money">{t('payslip.col.amount')}</th>
              </tr>
            </thead>
            <tbody>
              {payslip.lines.map((line) => (
                <tr key={line.code}>
                  <td>{t(`payslip.kind.${line.kind}`)}</td>
                  <td>{line.name}</td>
                  <td className="muted">{line.detail}</td>
                  <td className="end">
                    <Amount value={line.amount} />
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              {(
                [
                  ['payslip.gross', payslip.gross],
                  ['payslip.deductions', payslip.deductions],
                  ['payslip.net', payslip.net],
                  ['payslip.employer', payslip.employerContributions],
                ] as const
              ).map(([label, value]) => (
                <tr key={label} className={label === 'payslip.net' ? 'net-pay' : undefined}>
                  <td colSpan={3}>{t(label)}</td>
                  <td className="end">
                    <Amount value={value} />
                  </td>
                </tr>
              ))}
            </tfoot>
          </table>
        </div>
      )}
    </RecordPage>
  )
}
