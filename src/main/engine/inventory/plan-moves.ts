import type { StockDocument, StockDocumentLine } from '../../../shared/domain/inventory'
import { lineAmount } from '../../../shared/money/tax-math'
import type { CompanyContext } from '../company/company-context'
import type { StockMoveKind } from '../db/inventory-schema'
import { currentUnitCost, defaultUnitCost } from './line-costs'
import { onHand, type Place } from './places'
import type { PlannedMove } from './write-moves'

const KIND: Record<StockDocument['type'], StockMoveKind> = {
  receipt: 'receipt',
  delivery: 'delivery',
  transfer: 'transfer_out',
  adjustment: 'adjustment',
  count: 'count',
  opening: 'opening',
}

/**
 * The moves a draft becomes when posted, one a line (two for a transfer; a count: one for each
 * place whose counted quantity differs from what is on hand). Lines that bring stock in get their
 * unit cost filled in (the draft's lines are updated while it is still a draft, in the file and
 * in `document`).
 */
export function planMoves(ctx: CompanyContext, document: StockDocument): PlannedMove[] {
  if (document.type === 'count') return planCount(ctx, document)
  const setCost = ctx.q.prepare(
    'UPDATE stock_document_line SET unit_cost = ? WHERE document_id = ? AND line_no = ?',
  )
  const planned: PlannedMove[] = []
  document.lines.forEach((line, index) => {
    const cost = defaultUnitCost(ctx, document, line)
    if (cost !== null && cost !== line.unitCost) {
      setCost.run(cost, document.id, line.lineNo)
      line.unitCost = cost
    }
    // Only a count line may be blank; counts are planned below.
    const base = line.baseQuantity!
    const quantity = document.type === 'delivery' || document.type === 'transfer' ? -base : base
    const field = `lines.${index}.quantity`
    planned.push(
      plan(
        document,
        line,
        KIND[document.type],
        placeOf(line, document.warehouseId, line.binId),
        quantity,
        cost,
        field,
      ),
    )
    if (document.type === 'transfer')
      planned.push(
        plan(
          document,
          line,
          'transfer_in',
          placeOf(line, document.toWarehouseId!, line.toBinId),
          base,
          null,
          field,
        ),
      )
  })
  return planned
}

function placeOf(line: StockDocumentLine, warehouseId: string, binId: string | null): Place {
  return { productId: line.productId, warehouseId, binId, lotId: line.lotId }
}

function plan(
  document: StockDocument,
  line: StockDocumentLine,
  kind: StockMoveKind,
  place: Place,
  quantity: bigint,
  unitCost: bigint | null,
  field: string,
): PlannedMove {
  return {
    place,
    field,
    move: {
      documentId: document.id,
      lineNo: BigInt(line.lineNo),
      kind,
      warehouseId: place.warehouseId,
      binId: place.binId,
      lotId: place.lotId,
      quantity,
      value: quantity > 0n && unitCost !== null ? lineAmount(quantity, unitCost) : 0n,
    },
  }
}

/**
 * A count's variance per place: counted (all its counted lines) less on hand now; stock found
 * comes in at current cost. A place none of whose lines was counted keeps its stock.
 */
function planCount(ctx: CompanyContext, document: StockDocument): PlannedMove[] {
  const places = new Map<string, { line: StockDocumentLine; index: number; counted: bigint }>()
  document.lines.forEach((line, index) => {
    if (line.baseQuantity === null) return
    const key = `${line.productId}|${line.binId ?? ''}|${line.lotId ?? ''}`
    const place = places.get(key)
    if (place) place.counted += line.baseQuantity
    else places.set(key, { line, index, counted: line.baseQuantity })
  })
  const setCost = ctx.q.prepare(
    'UPDATE stock_document_line SET unit_cost = ? WHERE document_id = ? AND line_no = ?',
  )
  const planned: PlannedMove[] = []
  for (const { line, index, counted } of places.values()) {
    const place = placeOf(line, document.warehouseId, line.binId)
    const variance = counted - onHand(ctx, place)
    if (variance === 0n) continue
    const cost =
      variance > 0n ? (line.unitCost ?? currentUnitCost(ctx, line.productId, document.date)) : null
    if (cost !== null) {
      setCost.run(cost, document.id, line.lineNo)
      line.unitCost = cost
    }
    planned.push(plan(document, line, 'count', place, variance, cost, `lines.${index}.quantity`))
  }
  return planned
}
