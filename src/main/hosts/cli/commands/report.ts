import { isIsoDate } from '../../../../shared/dates'
import { REPORT_NAMES, type ReportName, type ReportParams } from '../../../../shared/domain/reports'
import { validationError } from '../../../../shared/errors'
import {
  formatReport,
  REPORT_FORMATS,
  type ReportFormat,
} from '../../../engine/reports/export/format-report'
import { runReport } from '../../../engine/reports/export/run-report'
import { parseCommandArgs, positionals, UsageError, type Command } from '../command'
import { inventoryReportCommand, isInventoryReport } from './report-inventory'
import { isPayrollReport, payrollReportCommand } from './payroll-report'
import { isPurchasingReport, purchasingReportCommand } from './report-purchasing'
import { printReport, REPORT_OPTIONS } from './report-options'
import { isSalesReport, salesReportCommand } from './report-sales'

/** Which reports take which options: a misplaced one is a mistake worth saying, not ignoring. */
const TAKES: Record<'as-of' | 'from' | 'to' | 'account', readonly ReportName[]> = {
  'as-of': ['trial-balance', 'balance-sheet'],
  from: ['general-ledger', 'profit-and-loss'],
  to: ['general-ledger', 'profit-and-loss'],
  account: ['general-ledger'],
}

export const reportCommand: Command = {
  name: 'report',
  summary: 'print a report: trial balance, general ledger, profit and loss, balance sheet',
  usage:
    'daftar report trial-balance|general-ledger|profit-and-loss|balance-sheet --db FILE [--as-of DATE] [--from DATE --to DATE] [--account CODE] [--format table|csv|json]',
  details: [
    '--db FILE                the company file',
    '--as-of DATE             trial-balance, balance-sheet: the day (default today)',
    '--from DATE --to DATE    general-ledger, profit-and-loss: the period (default: the fiscal',
    '                         year to date)',
    '--account CODE           general-ledger: one account only',
    '--format table|csv|json  default table; csv and json carry exact decimal amounts',
    'Dates are YYYY-MM-DD.',
  ],
  async run(args, io) {
    if (isPayrollReport(args)) return payrollReportCommand.run(args, io)
    if (isSalesReport(args)) return salesReportCommand.run(args, io)
    if (isPurchasingReport(args)) return purchasingReportCommand.run(args, io)
    if (isInventoryReport(args)) return inventoryReportCommand.run(args, io)
    const { values, positionals: given } = parseCommandArgs(this, args, {
      ...REPORT_OPTIONS,
      account: { type: 'string' },
    })
    const [name] = positionals(this, given, ['REPORT'])
    if (!REPORT_NAMES.includes(name as ReportName))
      throw new UsageError(
        `there is no report ${name}: choose ${REPORT_NAMES.join(', ')}`,
        this.usage,
      )
    const report = name as ReportName
    const format = (values.format ?? 'table') as ReportFormat
    if (!REPORT_FORMATS.includes(format))
      throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}`, this.usage)
    for (const option of Object.keys(TAKES) as (keyof typeof TAKES)[]) {
      if (values[option] !== undefined && !TAKES[option].includes(report))
        throw new UsageError(`--${option} is for ${TAKES[option].join(' and ')}`, this.usage)
    }
    for (const option of ['as-of', 'from', 'to'] as const) {
      const date = values[option]
      if (date !== undefined && !isIsoDate(date))
        throw validationError(option, `--${option} ${date} is not a real date (YYYY-MM-DD)`)
    }
    const params: ReportParams = {
      asOf: values['as-of'],
      from: values.from,
      to: values.to,
      accountCode: values.account,
    }
    return printReport(this, values.db, io, (ctx) =>
      formatReport(runReport(ctx, report, params), report, format),
    )
  },
}
