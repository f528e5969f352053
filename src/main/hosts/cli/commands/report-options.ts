import { isIsoDate } from '../../../../shared/dates'
import { validationError } from '../../../../shared/errors'
import { REPORT_FORMATS, type ReportFormat } from '../../../engine/reports/export/format-report'
import { UsageError, type Command } from '../command'

/**
 * Checks what every `daftar report` takes the same way: --format, options given to a report that
 * does not take them (a mistake worth saying, not ignoring), and real dates. Gives the format.
 */
export function reportFormat<N extends string>(
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
