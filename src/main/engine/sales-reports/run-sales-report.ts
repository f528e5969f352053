import { fiscalYearStartFor, today } from '../../../shared/dates'
import type {
  SalesReportByName,
  SalesReportName,
  SalesReportParams,
} from '../../../shared/domain/sales-reports'
import { validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { receivablesAgeing } from '../receivables/ageing'
import { resolveContact } from './contact-key'
import { customerStatement } from './customer-statement'
import { salesByCustomer, salesByMonth, salesByProduct } from './sales-by'
import { taxSummary } from './tax-summary'

/**
 * Runs a sales report by name with the CLI's parameters and their defaults: `asOf` and `to`
 * today, `from` the first day of the fiscal year that holds `to`.
 */
export function runSalesReport<N extends SalesReportName>(
  ctx: CompanyContext,
  name: N,
  params: SalesReportParams = {},
): SalesReportByName[N] {
  const period = () => {
    const to = params.to ?? today()
    return { from: params.from ?? fiscalYearStartFor(to, ctx.settings().fiscalYearStart), to }
  }
  const reports: { [K in SalesReportName]: () => SalesReportByName[K] } = {
    'receivables-ageing': () =>
      receivablesAgeing(ctx, {
        asOf: params.asOf ?? today(),
        buckets: params.buckets,
        contactId:
          params.contact === undefined ? undefined : resolveContact(ctx, params.contact).id,
      }),
    'customer-statement': () => {
      if (params.contact === undefined)
        throw validationError('contact', 'A customer statement needs --contact ID_OR_NAME')
      return customerStatement(ctx, { ...period(), contact: params.contact })
    },
    'sales-by-customer': () => salesByCustomer(ctx, { ...period(), contact: params.contact }),
    'sales-by-product': () => salesByProduct(ctx, { ...period(), contact: params.contact }),
    'sales-by-month': () => salesByMonth(ctx, { ...period(), contact: params.contact }),
    'tax-summary': () => taxSummary(ctx, period()),
  }
  return reports[name]()
}
