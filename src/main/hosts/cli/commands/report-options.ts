import { isIsoDate } from '../../../../shared/dates'
import { validationError } from '../../../../shared/errors'
import type { CompanyContext } from '../../../engine/company/company-context'
import { REPORT_FORMATS, type ReportFormat } from '../../../engine/reports/export/format-report'
import type { CliIo } from '../cli-io'
import { positionals, required, UsageError, type Command } from '../command'
import { withCompany } from './with-company'

/** The options every `daftar report` takes; each report adds its own. */
export const REPORT_OPTIONS = {
  db: { type: 'string' },
  'as-of': { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  format: { type: 'string' },
} as const

/** The options of the sales and purchasing reports: one contact, the ageing buckets. */
export const CONTACT_REPORT_OPTIONS = {
  ...REPORT_OPTIONS,
  contact: { type: 'string' },
  buckets: { type: 'string' },
} as const

/** What a sales or purchasing report reads from its options. */
export function contactReportParams(values: {
  'as-of'?: string
  from?: string
  to?: string
  contact?: string
  buckets?: string
}) {
  return {
    asOf: values['as-of'],
    from: values.from,
    to: values.to,
    contact: values.contact,
    buckets: values.buckets === undefined ? undefined : parseBuckets(values.buckets),
  }
}

/** Opens the company file given as --db and prints the report `render` makes of it. */
export async function printReport(
  command: Command,
  db: string | undefined,
  io: CliIo,
  render: (ctx: CompanyContext) => string,
): Promise<number> {
  const file = required(command, db, '--db')
  io.out(await withCompany(file, render))
  return 0
}

/**
 * Checks what every `daftar report` takes the same way: the report's name, --format, options given
 * to a report that does not take them (a mistake worth saying, not ignoring), and real dates.
 */
export function reportChoice<N extends string>(
  command: Command,
  given: string[],
  names: readonly N[],
  values: { format?: string } & Record<string, string | boolean | undefined>,
  takes: Record<string, readonly N[]>,
): { report: N; format: ReportFormat } {
  const [name] = positionals(command, given, ['REPORT'])
  const report = name as N
  if (!names.includes(report))
    throw new UsageError(`there is no report ${name}: choose ${names.join(', ')}`, command.usage)
  return { report, format: reportFormat(command, report, values, takes) }
}

function reportFormat<N extends string>(
  command: Command,
  report: N,
  values: { format?: string } & Record<string, string | boolean | undefined>,
  takes: Record<string, readonly N[]>,
): ReportFormat {
  const format = (values.format ?? 'table') as ReportFormat
  if (!REPORT_FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}`, command.usage)
  for (const [option, reports] of Object.entries(takes)) {
    if (values[option] !== undefined && !reports.includes(report))
      throw new UsageError(`--${option} is for ${reports.join(', ')}`, command.usage)
  }
  for (const option of ['as-of', 'from', 'to']) {
    const date = values[option]
    if (typeof date === 'string' && !isIsoDate(date))
      throw validationError(option, `--${option} ${date} is not a real date (YYYY-MM-DD)`)
  }
  return format
}

/** --buckets 30,60,90: the ageing bucket limits in whole days. */
export function parseBuckets(text: string): number[] {
  const parts = text.split(',').map((part) => part.trim())
  if (parts.some((part) => !/^\d+$/.test(part)))
    throw validationError(
      'buckets',
      `--buckets ${text}: whole days separated by commas, like 30,60,90`,
    )
  return parts.map(Number)
}
