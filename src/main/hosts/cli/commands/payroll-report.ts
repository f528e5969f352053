import { isIsoDate } from '../../../../shared/dates'
import { validationError } from '../../../../shared/errors'
import { toDecimalString } from '../../../../shared/money'
import {
  PAYROLL_REPORTS,
  payrollReport,
  type PayrollReportName,
} from '../../../engine/payroll/payroll-reports'
import { isCaption, type Grid } from '../../../engine/reports/export/grid'
import { renderCsv } from '../../../engine/reports/export/render-csv'
import { renderTable } from '../../../engine/reports/export/render-table'
import { parseCommandArgs, positionals, required, UsageError, type Command } from '../command'
import { withCompany } from './with-company'

export const isPayrollReport = (args: string[]): boolean =>
  args.some((arg) => PAYROLL_REPORTS.includes(arg as PayrollReportName))

/** `daftar report payroll-register|payroll-liabilities|payroll-ytd`, reached through `report`. */
export const payrollReportCommand: Command = {
  name: 'report',
  summary: 'print a payroll report: register, tax and social insurance liabilities, year to date',
  usage:
    'daftar report payroll-register|payroll-liabilities|payroll-ytd --db FILE [--run ID] [--from DATE --to DATE] [--employee CODE] [--format table|csv|json]',
  details: [
    '--db FILE                the company file',
    '--run ID                 one pay run, by id or number (PR-A-000001)',
    '--from DATE --to DATE    runs whose period ends in the range (default: this month; for',
    '                         payroll-ytd, the calendar year to --to)',
    '--employee CODE          one employee only',
    '--format table|csv|json  default table; csv and json carry exact decimal amounts',
  ],
  async run(args, io) {
    const { values, positionals: given } = parseCommandArgs(this, args, {
      db: { type: 'string' },
      run: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      employee: { type: 'string' },
      format: { type: 'string' },
    })
    const [name] = positionals(this, given, ['REPORT']) as [PayrollReportName]
    if (!PAYROLL_REPORTS.includes(name))
      throw new UsageError(`there is no report ${name}`, this.usage)
    const format = values.format ?? 'table'
    if (!['table', 'csv', 'json'].includes(format))
      throw new UsageError('--format must be one of table, csv, json', this.usage)
    if (values.run !== undefined && (values.from !== undefined || values.to !== undefined))
      throw new UsageError('--run and --from/--to do not go together', this.usage)
    for (const option of ['from', 'to'] as const) {
      const date = values[option]
      if (date !== undefined && !isIsoDate(date))
        throw validationError(option, `--${option} ${date} is not a real date (YYYY-MM-DD)`)
    }
    const db = required(this, values.db, '--db')
    const grid = await withCompany(db, (ctx) => payrollReport(ctx, name, values))
    io.out(
      format === 'json'
        ? JSON.stringify(gridJson(grid), null, 2) + '\n'
        : format === 'csv'
          ? renderCsv(grid)
          : renderTable(grid),
    )
    return 0
  },
}

function gridJson(grid: Grid): unknown {
  return {
    title: grid.title,
    rows: grid.rows
      .filter((row) => !isCaption(row))
      .map((row) =>
        Object.fromEntries(
          grid.columns.map((column) => {
            const value = 'cells' in row ? row.cells[column.key] : null
            return [
              column.key,
              typeof value === 'bigint' ? toDecimalString(value, grid.decimals) : (value ?? null),
            ]
          }),
        ),
      ),
  }
}
