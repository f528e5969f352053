import type { PayablesAgeing } from '../../../shared/domain/purchasing'
import type { CompanyContext } from '../company/company-context'
import { openItemAgeing } from '../receivables/ageing'

/**
 * What we owed each supplier as of `asOf`, by how long past due (current, then the buckets):
 * the receivables ageing read from the payables open items, so its total always equals the
 * payables account's credit balance that day.
 */
export function payablesAgeing(
  ctx: CompanyContext,
  query: { asOf: string; buckets?: number[]; contactId?: string },
): PayablesAgeing {
  return openItemAgeing(ctx, query, 'payable')
}
