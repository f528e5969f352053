import type { CompanyContext } from '../../company/company-context'
import type { Layer } from './pool'

const OPEN_LAYERS = `SELECT l.move_id AS moveId, l.remaining_quantity AS quantity, l.remaining_value AS value
  FROM stock_layer l JOIN stock_move m ON m.id = l.move_id
  WHERE l.product_id = ? AND l.remaining_quantity <> 0 ORDER BY m.date, m.id`
const UPSERT_LAYER = `INSERT INTO stock_layer (move_id, product_id, remaining_quantity, remaining_value)
  VALUES (?, ?, ?, ?) ON CONFLICT (move_id) DO UPDATE
  SET remaining_quantity = excluded.remaining_quantity, remaining_value = excluded.remaining_value`

/** An item's FIFO layers that still hold stock, oldest first. */
export function openLayers(ctx: CompanyContext, productId: string): Layer[] {
  return ctx.q.prepare(OPEN_LAYERS).all(productId) as Layer[]
}

export function writeLayers(ctx: CompanyContext, productId: string, layers: Iterable<Layer>): void {
  const upsert = ctx.q.prepare(UPSERT_LAYER)
  for (const layer of layers) upsert.run(layer.moveId, productId, layer.quantity, layer.value)
}
