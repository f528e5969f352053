import { z } from 'zod'
import type { PeriodInput, SalaryStructure } from '../../domain/payroll'
import type { PayrollReportName, PdfFile, ReportGrid } from '../../domain/payroll-report'
import { procedure } from '../procedure'
import { isoDate } from '../fields'

const reportNames = ['payroll-register', 'payroll-liabilities', 'payroll-ytd'] as const

const reportInput = z.object({
  name: z.enum(reportNames satisfies readonly PayrollReportName[]),
  run: z.string().min(1).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  employee: z.string().min(1).optional(),
})

/**
 * What the payroll screens add to the engine's procedures: payslip PDFs, the payroll reports, a
 * run's saved period inputs, and the ready standard salary structure for a company's first employee. Spread into the contract.
 */
export const payrollPrintProcedures = {
  'payroll.payslipPdf': procedure<PdfFile>()(
    z.object({ id: z.string().min(1), employeeCode: z.string().min(1) }),
    'read',
  ),
  'payroll.report': procedure<ReportGrid>()(reportInput, 'read'),
  /** The same report as the CLI's `--format csv` writes it. */
  'payroll.reportCsv': procedure<{ csv: string }>()(reportInput, 'read'),
  'payroll.structures.standard': procedure<SalaryStructure>()(z.object({}).optional(), 'write'),
  'payroll.runs.inputs': procedure<PeriodInput[]>()(z.object({ id: z.string().min(1) }), 'read'),
} as const

export type PayrollPrintProcedureName = keyof typeof payrollPrintProcedures
