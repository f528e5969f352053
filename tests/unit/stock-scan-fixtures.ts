import type { ScannedItem } from '../../src/renderer/stock/scan-lines'
import type { StockDocumentLine } from '../../src/shared/domain/inventory'

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

/** A count sheet's line as the engine gives it: `quantity` counted of `expectedQuantity`. */
export function countLine(
  line: Pick<StockDocumentLine, 'lineNo' | 'productId' | 'productCode' | 'productName' | 'unit'> & {
    quantity: bigint | null
    expectedQuantity: bigint
  },
): StockDocumentLine {
  return {
    ...line,
    baseQuantity: line.quantity,
    unitCost: null,
    lotId: null,
    lotNumber: null,
    lotExpiry: null,
    binId: null,
    toBinId: null,
    sourceLineNo: null,
    value: 0n,
  }
}
