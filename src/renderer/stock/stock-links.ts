import type { SourceLine } from '../../shared/domain/inventory'
import type { StockRoute } from '../routing/stock-routes'

/**
 * Where a bill or purchase order (a receipt) or a sales order or invoice (a delivery) sends the
 * clerk: the receive or deliver screen filled from it, or nowhere when none of its stocked lines
 * has anything left to move.
 */
export function stockLinkRoute(
  kind: 'receipt' | 'delivery',
  documentId: string,
  remaining: readonly SourceLine[] | undefined,
): StockRoute | null {
  if (!remaining?.some((line) => line.remaining > 0n)) return null
  return { page: kind === 'receipt' ? 'stock-receive' : 'stock-deliver', source: documentId }
}
