import {
  PURCHASING_REPORT_NAMES,
  type PurchasingReportName,
} from '../../../../shared/domain/purchasing'
import { runPurchasingReport } from '../../../engine/payables/run-purchasing-report'
import { formatPurchasingReport } from '../../../engine/reports/export/purchasing-export'
import { parseCommandArgs, type Command } from '../command'
import {
  CONTACT_REPORT_OPTIONS,
  contactReportParams,
  printReport,
  reportChoice,
} from './report-options'

export const isPurchasingReport = (args: string[]): boolean =>
  args.some((arg) => PURCHASING_REPORT_NAMES.includes(arg as PurchasingReportName))

/** Which reports take which options: a misplaced one is a mistake worth saying, not ignoring. */
const TAKES: Record<'as-of' | 'from' | 'to' | 'buckets', readonly PurchasingReportName[]> = {
  'as-of': ['payables-ageing'],
  from: ['purchases-by-supplier'],
  to: ['purchases-by-supplier'],
  buckets: ['payables-ageing'],
}

/** `daftar report payables-ageing|purchases-by-supplier`, reached through `report`. */
export const purchasingReportCommand: Command = {
  name: 'report',
  summary: 'print a purchasing report: payables ageing, purchases by supplier',
  usage:
    'daftar report payables-ageing|purchases-by-supplier --db FILE [--as-of DATE] [--from DATE --to DATE] [--contact ID_OR_NAME] [--buckets 30,60,90] [--format table|csv|json]',
  details: [
    '--db FILE                the company file',
    '--as-of DATE             payables-ageing: the day (default today)',
    '--from DATE --to DATE    purchases-by-supplier: the period (default: the fiscal year to date)',
    '--contact ID_OR_NAME     one supplier',
    '--buckets 30,60,90       payables-ageing: the bucket limits in days, rising',
    '--format table|csv|json  default table; csv and json carry exact decimal amounts',
    'Dates are YYYY-MM-DD.',
  ],
  async run(args, io) {
    const { values, positionals: given } = parseCommandArgs(this, args, CONTACT_REPORT_OPTIONS)
    const { report, format } = reportChoice(this, given, PURCHASING_REPORT_NAMES, values, TAKES)
    const params = contactReportParams(values)
    return printReport(this, values.db, io, (ctx) =>
      formatPurchasingReport(runPurchasingReport(ctx, report, params), report, format),
    )
  },
}
