import { fiscalYearStartFor, today } from '../../../shared/dates'
import type {
  PurchasingReportByName,
  PurchasingReportName,
  PurchasingReportParams,
} from '../../../shared/domain/purchasing'
import type { CompanyContext } from '../company/company-context'
import { resolveContact } from '../sales-reports/contact-key'
import { payablesAgeing } from './payables-ageing'
import { purchasesBySupplier } from './purchases-by-supplier'

/**
 * Runs a purchasing report by name with the CLI's parameters and their defaults: `asOf` and `to`
 * today, `from` the first day of the fiscal year that holds `to`.
 */
export function runPurchasingReport<N extends PurchasingReportName>(
  ctx: CompanyContext,
  name: N,
  params: PurchasingReportParams = {},
): PurchasingReportByName[N] {
  const contactId =
    params.contact === undefined ? undefined : resolveContact(ctx, params.contact).id
  const reports: { [K in PurchasingReportName]: () => PurchasingReportByName[K] } = {
    'payables-ageing': () =>
      payablesAgeing(ctx, { asOf: params.asOf ?? today(), buckets: params.buckets, contactId }),
    'purchases-by-supplier': () => {
      const to = params.to ?? today()
      const from = params.from ?? fiscalYearStartFor(to, ctx.settings().fiscalYearStart)
      return purchasesBySupplier(ctx, { from, to, contactId })
    },
  }
  return reports[name]()
}
