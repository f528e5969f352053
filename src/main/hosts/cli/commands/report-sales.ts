import {
  SALES_REPORT_NAMES,
  type SalesReportName,
  type SalesReportParams,
} from '../../../../shared/domain/sales-reports'
import { formatSalesReport } from '../../../engine/reports/export/format-sales-report'
import { runSalesReport } from '../../../engine/sales-reports/run-sales-report'
import { parseCommandArgs, UsageError, type Command } from '../command'
import {
  CONTACT_REPORT_OPTIONS,
  contactReportParams,
  printReport,
  reportChoice,
} from './report-options'

export const isSalesReport = (args: string[]): boolean =>
  args.some((arg) => SALES_REPORT_NAMES.includes(arg as SalesReportName))

const RANGED: readonly SalesReportName[] = SALES_REPORT_NAMES.filter(
  (name) => name !== 'receivables-ageing',
)

/** Which reports take which options: a misplaced one is a mistake worth saying, not ignoring. */
const TAKES: Record<'as-of' | 'from' | 'to' | 'contact' | 'buckets', readonly SalesReportName[]> = {
  'as-of': ['receivables-ageing'],
  from: RANGED,
  to: RANGED,
  contact: SALES_REPORT_NAMES.filter((name) => name !== 'tax-summary'),
  buckets: ['receivables-ageing'],
}

/** `daftar report receivables-ageing|customer-statement|sales-by-...|tax-summary`, through `report`. */
export const salesReportCommand: Command = {
  name: 'report',
  summary:
    'print a sales report: ageing, customer statement, sales by customer, product, month, tax',
  usage:
    'daftar report receivables-ageing|customer-statement|sales-by-customer|sales-by-product|sales-by-month|tax-summary --db FILE [--as-of DATE] [--from DATE --to DATE] [--contact ID_OR_NAME] [--buckets 30,60,90] [--format table|csv|json]',
  details: [
    '--db FILE                the company file',
    '--as-of DATE             receivables-ageing: the day (default today)',
    '--from DATE --to DATE    the others: the period (default: the fiscal year to date)',
    '--contact ID_OR_NAME     one customer (required for customer-statement; not tax-summary)',
    '--buckets 30,60,90       receivables-ageing: the bucket limits in days, rising',
    '--format table|csv|json  default table; csv and json carry exact decimal amounts',
    'Dates are YYYY-MM-DD.',
  ],
  async run(args, io) {
    const { values, positionals: given } = parseCommandArgs(this, args, CONTACT_REPORT_OPTIONS)
    const { report, format } = reportChoice(this, given, SALES_REPORT_NAMES, values, TAKES)
    if (report === 'customer-statement' && values.contact === undefined)
      throw new UsageError('customer-statement needs --contact ID_OR_NAME', this.usage)
    const params: SalesReportParams = contactReportParams(values)
    return printReport(this, values.db, io, (ctx) =>
      formatSalesReport(runSalesReport(ctx, report, params), report, format),
    )
  },
}
