import type { StockMoveKind } from '../../db/inventory-schema'
/** Transfers, and their cancellations, move quantity between places and no value. */
export function movesNoValue(kind: StockMoveKind, originKind?: StockMoveKind): boolean {
  const of = kind === 'cancel' ? originKind : kind
  return of === 'transfer_in' || of === 'transfer_out'
}
