import type { ScannedItem } from '../../src/renderer/stock/scan-lines'

/** A scan of one piece of a plain (not lot-tracked) item, for the clerk's screens' tests. */
export const widget: ScannedItem = {
  productId: 'p1',
  code: 'WID',
  name: 'Widget',
  baseUnit: 'pcs',
  lotTracked: false,
  unit: 'pcs',
  factor: 1000n,
}
