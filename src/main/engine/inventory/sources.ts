import type { SourceLine } from '../../../shared/domain/inventory'
import type { CompanyContext } from '../company/company-context'

/** A purchase order's or bill's (receipt) or sales order's or invoice's (delivery) lines left to do. */
export function linesFromSource(
  _ctx: CompanyContext,
  _sourceDocumentId: string,
  _type: 'receipt' | 'delivery',
): SourceLine[] {
  throw new Error('not yet')
}
