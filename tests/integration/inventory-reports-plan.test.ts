import { describe, expect, it } from 'vitest'
import {
  itemPositionsSql,
  warehousePositionsSql,
} from '../../src/main/engine/inventory-reports/stock-position'
import { tempCompany } from '../helpers/temp-company'

describe('stock positions as of a date', () => {
  it('seek each item on the day tables’ keys and never read the moves', async () => {
    const ctx = await tempCompany()
    const plans = [
      [itemPositionsSql(false), { asOf: '2025-01-01' }],
      [itemPositionsSql(true), { asOf: '2025-01-01', product: 'p' }],
      [warehousePositionsSql(false, false), { asOf: '2025-01-01' }],
      [warehousePositionsSql(true, true), { asOf: '2025-01-01', product: 'p', warehouse: 'w' }],
    ] as const
    for (const [sql, params] of plans) {
      const steps = (
        ctx.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]
      ).map((step) => step.detail)
      // Reading a day table (d, x) by anything less than its whole key down to the day would read
      // rows in proportion to the moves: only seeks to one item's (and warehouse's) day.
      const dayTable = steps.filter((step) => /^(SEARCH|SCAN) [dx]\b/.test(step))
      expect(dayTable.length).toBeGreaterThan(0)
      for (const step of dayTable)
        expect(step).toMatch(
          /^SEARCH [dx] USING PRIMARY KEY \(product_id=\? AND (warehouse_id=\? AND )?day[<=]/,
        )
    }
    ctx.close()
  })
})
