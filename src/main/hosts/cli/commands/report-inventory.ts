import {
  INVENTORY_REPORT_NAMES,
  type InventoryReportName,
} from '../../../../shared/domain/inventory-reports'
import { validationError } from '../../../../shared/errors'
import { formatInventoryReport } from '../../../engine/inventory-reports/inventory-export'
import { runInventoryReport } from '../../../engine/inventory-reports/run-inventory-report'
import { parseCommandArgs, UsageError, type Command } from '../command'
import { printReport, REPORT_OPTIONS, reportChoice } from './report-options'

export const isInventoryReport = (args: string[]): boolean =>
  args.some((arg) => INVENTORY_REPORT_NAMES.includes(arg as InventoryReportName))

const AS_OF: readonly InventoryReportName[] = INVENTORY_REPORT_NAMES.filter(
  (name) => name !== 'stock-ledger',
)

/** Which reports take which options: a misplaced one is a mistake worth saying, not ignoring. */
const TAKES: Record<
  'as-of' | 'from' | 'to' | 'warehouse' | 'days',
  readonly InventoryReportName[]
> = {
  'as-of': AS_OF,
  from: ['stock-ledger'],
  to: ['stock-ledger'],
  warehouse: INVENTORY_REPORT_NAMES.filter((name) => name !== 'stock-valuation'),
  days: ['expiring-lots'],
}

/** `daftar report stock-summary|stock-ledger|...`, reached through `report`. */
export const inventoryReportCommand: Command = {
  name: 'report',
  summary: 'print an inventory report: stock summary, stock ledger, valuation, low stock, expiry',
  usage:
    'daftar report stock-summary|stock-ledger|stock-valuation|low-stock|expiring-lots --db FILE [--as-of DATE] [--from DATE --to DATE] [--item CODE] [--warehouse CODE] [--days N] [--format table|csv|json]',
  details: [
    '--db FILE                the company file',
    '--as-of DATE             all but stock-ledger: the day (default today)',
    '--from DATE --to DATE    stock-ledger: the period (default: the fiscal year to date)',
    '--item CODE              one item (required for stock-ledger)',
    '--warehouse CODE         one warehouse (not stock-valuation: value is kept per item)',
    '--days N                 expiring-lots: lots expiring within N days (default 30)',
    '--format table|csv|json  default table; csv and json carry exact decimals',
    'Dates are YYYY-MM-DD; quantities are in the base unit.',
  ],
  async run(args, io) {
    const { values, positionals: given } = parseCommandArgs(this, args, {
      ...REPORT_OPTIONS,
      item: { type: 'string' },
      warehouse: { type: 'string' },
      days: { type: 'string' },
    })
    const { report, format } = reportChoice(this, given, INVENTORY_REPORT_NAMES, values, TAKES)
    if (report === 'stock-ledger' && values.item === undefined)
      throw new UsageError('stock-ledger needs --item CODE', this.usage)
    const days = values.days
    if (days !== undefined && !/^\d{1,5}$/.test(days))
      throw validationError('days', `--days ${days} is not a whole number of days`)
    const params = {
      asOf: values['as-of'],
      from: values.from,
      to: values.to,
      item: values.item,
      warehouse: values.warehouse,
      days: days === undefined ? undefined : Number(days),
    }
    return printReport(this, values.db, io, (ctx) =>
      formatInventoryReport(runInventoryReport(ctx, report, params), report, format),
    )
  },
}
