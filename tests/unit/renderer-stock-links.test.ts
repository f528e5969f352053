import { describe, expect, it } from 'vitest'
import type { SourceLine } from '../../src/shared/domain/inventory'
import { stockLinkRoute } from '../../src/renderer/stock/stock-links'

const line = (sourceLineNo: number, ordered: bigint, done: bigint): SourceLine => ({
  sourceLineNo,
  productId: `p${sourceLineNo}`,
  productCode: `P${sourceLineNo}`,
  productName: `Item ${sourceLineNo}`,
  unit: 'each',
  ordered,
  done,
  remaining: ordered > done ? ordered - done : 0n,
  unitCost: 100n,
})

describe('links from a bill, order or invoice into the stock screens', () => {
  it('sends a document with something left to the receive or deliver screen filled from it', () => {
    const lines = [line(1, 5000n, 5000n), line(2, 3000n, 1000n)]
    expect(stockLinkRoute('receipt', 'bill-1', lines)).toEqual({
      page: 'stock-receive',
      source: 'bill-1',
    })
    expect(stockLinkRoute('delivery', 'inv-1', lines)).toEqual({
      page: 'stock-deliver',
      source: 'inv-1',
    })
  })

  it('offers nothing when every stocked line is done, there are none, or the answer is not in', () => {
    expect(stockLinkRoute('delivery', 'inv-1', [line(1, 5000n, 5000n)])).toBeNull()
    expect(stockLinkRoute('delivery', 'inv-1', [line(1, 2000n, 3000n)])).toBeNull()
    expect(stockLinkRoute('receipt', 'bill-1', [])).toBeNull()
    expect(stockLinkRoute('receipt', 'bill-1', undefined)).toBeNull()
  })
})
