import type { PayrollPrintProcedureName } from '../../../shared/rpc/contracts/payroll-print'
import type { HandlerMap } from '../rpc/handler'
import { payrollReport } from '../payroll/payroll-reports'
import { renderCsv } from '../reports/export/render-csv'
import { listPeriodInputs } from '../payroll/run-inputs-read'
import { ensureStandardStructure } from '../payroll/standard-structure'
import { payslipFileName, payslipPdf } from './payslip-pdf'

export const payrollPrintHandlers: HandlerMap<PayrollPrintProcedureName> = {
  'payroll.payslipPdf': async (s, { id, employeeCode }) => {
    const bytes = await payslipPdf(s.requireCompany(), id, employeeCode)
    return {
      fileName: payslipFileName(employeeCode),
      base64: Buffer.from(bytes).toString('base64'),
    }
  },
  'payroll.report': (s, { name, ...params }) => payrollReport(s.requireCompany(), name, params),
  'payroll.reportCsv': (s, { name, ...params }) => ({
    csv: renderCsv(payrollReport(s.requireCompany(), name, params)),
  }),
  'payroll.runs.inputs': (s, { id }) => listPeriodInputs(s.requireCompany(), id),
  'payroll.structures.standard': (s) => ensureStandardStructure(s.requireCompany()),
}
