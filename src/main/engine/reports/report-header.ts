import { isIsoDate } from '../../../shared/dates'
import type { TrialBalance } from '../../../shared/domain/reports'
import { validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'

/** The fields every report starts with. */
export type ReportHeader = Pick<TrialBalance, 'currency' | 'decimals' | 'companyName'>

export function reportHeader(ctx: CompanyContext): ReportHeader {
  const settings = ctx.settings()
  return { currency: settings.currency, decimals: settings.decimals, companyName: settings.name }
}

export function assertDate(field: string, value: string): void {
  if (!isIsoDate(value)) throw validationError(field, `${value} is not a real date (YYYY-MM-DD)`)
}

export function assertRange(from: string, to: string, fields = { from: 'from', to: 'to' }): void {
  assertDate(fields.from, from)
  assertDate(fields.to, to)
  if (from > to)
    throw validationError(fields.from, `The period starts (${from}) after it ends (${to})`)
}
