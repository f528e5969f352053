import { describe, expect, it } from 'vitest'
import { call, dispatch } from '../../src/main/engine/rpc/dispatch'
import { rpcCompany } from '../helpers/rpc-company'

describe('inventory through the RPC contract', () => {
  it('drafts, posts, lists, counts and cancels stock documents, and keeps the settings', async () => {
    const { session, code } = await rpcCompany()
    try {
      const item = await call(session, 'products.create', {
        code: 'TEA',
        name: 'Green tea',
        kind: 'stocked',
        purchasePrice: 300n,
        incomeAccountId: code('4100'),
        expenseAccountId: code('5100'),
      })
      const settings = await call(session, 'inventorySettings.get', {})
      expect(settings.negativeStock).toBe('refuse')
      const warehouseId = settings.defaultWarehouseId!
      const draft = await call(session, 'stockDocuments.saveDraft', {
        type: 'receipt',
        date: '2026-04-01',
        warehouseId,
        lines: [{ productId: item.id, quantity: 6_000n }],
      })
      const posted = await call(session, 'stockDocuments.post', { id: draft.id })
      expect(posted).toMatchObject({ status: 'posted', value: 1_800n })
      const refused = await dispatch(session, 'stockDocuments.record', {
        type: 'delivery',
        date: '2026-04-02',
        warehouseId,
        lines: [{ productId: item.id, quantity: 7_000n }],
      })
      expect(refused).toMatchObject({
        ok: false,
        error: {
          message: 'Line 1: Not enough TEA Green tea in MAIN: short by 1',
          details: { field: 'lines.0.quantity' },
        },
      })
      await call(session, 'inventorySettings.set', { negativeStock: 'allow' })
      expect((await call(session, 'inventorySettings.get', {})).negativeStock).toBe('allow')
      const sheet = await call(session, 'stockCounts.start', { warehouseId, date: '2026-04-03' })
      expect(sheet.lines.map((line) => line.expectedQuantity)).toEqual([6_000n])
      await call(session, 'stockDocuments.deleteDraft', { id: sheet.id })
      const list = await call(session, 'stockDocuments.list', { type: 'receipt' })
      expect(list.map((doc) => doc.number)).toEqual([posted.number])
      const cancelled = await call(session, 'stockDocuments.cancel', {
        id: posted.id,
        date: '2026-04-04',
      })
      expect(cancelled.status).toBe('cancelled')
      expect(await call(session, 'stockDocuments.get', { id: posted.id })).toMatchObject({
        cancelledOn: '2026-04-04',
      })
    } finally {
      session.close()
    }
  })
})
