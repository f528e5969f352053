import { isIsoDate } from '../../../../shared/dates'
import {
  PURCHASING_REPORT_NAMES,
  type PurchasingReportName,
} from '../../../../shared/domain/purchasing'
import { validationError } from '../../../../shared/errors'
import { runPurchasingReport } from '../../../engine/payables/run-purchasing-report'
import { REPORT_FORMATS, type ReportFormat } from '../../../engine/reports/export/format-report'
import { formatPurchasingReport } from '../../../engine/reports/export/purchasing-export'
import { parseCommandArgs, positionals, required, UsageError, type Command } from '../command'
import { withCompany } from './with-company'

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
    const { values, positionals: given } = parseCommandArgs(this, args, {
      db: { type: 'string' },
      'as-of': { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      contact: { type: 'string' },
      buckets: { type: 'string' },
      format: { type: 'string' },
    })
    const [name] = positionals(this, given, ['REPORT'])
    const report = name as PurchasingReportName
    if (!PURCHASING_REPORT_NAMES.includes(report))
      throw new UsageError(`there is no report ${name}`, this.usage)
    const format = (values.format ?? 'table') as ReportFormat
    if (!REPORT_FORMATS.includes(format))
      throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}`, this.usage)
    for (const option of Object.keys(TAKES) as (keyof typeof TAKES)[]) {
      if (values[option] !== undefined && !TAKES[option].includes(report))
        throw new UsageError(`--${option} is for ${TAKES[option].join(', ')}`, this.usage)
    }
    for (const option of ['as-of', 'from', 'to'] as const) {
      const date = values[option]
      if (date !== undefined && !isIsoDate(date))
        throw validationError(option, `--${option} ${date} is not a real date (YYYY-MM-DD)`)
    }
    const buckets = values.buckets
    if (buckets !== undefined && !/^\d+(,\d+)*$/.test(buckets.replace(/\s/g, '')))
      throw validationError('buckets', `--buckets ${buckets}: whole days separated by commas`)
    const params = {
      asOf: values['as-of'],
      from: values.from,
      to: values.to,
      contact: values.contact,
      buckets: buckets?.replace(/\s/g, '').split(',').map(Number),
    }
    const db = required(this, values.db, '--db')
    io.out(
      await withCompany(db, (ctx) =>
        formatPurchasingReport(runPurchasingReport(ctx, report, params), report, format),
      ),
    )
    return 0
  },
}
