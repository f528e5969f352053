import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { createContact } from '../../src/main/engine/contacts/contacts'
import { updateItemSettings } from '../../src/main/engine/inventory-items/item-settings'
import { createWarehouse } from '../../src/main/engine/inventory-items/warehouses'
import { saveDocumentDraft } from '../../src/main/engine/sales/documents'
import { issueDocument } from '../../src/main/engine/sales/issue-document'
import { customerForm } from '../helpers/contacts'
import { deliver, mainWarehouse, post, receive, stockItem } from './inventory-fixture'

/**
 * January 2025 in a shop with two warehouses (MAIN and SHOP):
 * - W1 (FIFO): 10 in at 5.00 on the 5th and 10 at 6.00 on the 10th, 12 delivered on the 15th
 *   (costing 62.00), 3 moved to SHOP on the 20th: 5 in MAIN and 3 in SHOP worth 48.00. A sales
 *   order for 6 on the 21st, 2 of them delivered on the 22nd: 6 on hand, 4 reserved.
 *   Reorder at 5, ordering 10.
 * - G1 (average): 4 in at 10.00 on the 5th, 6 at 15.00 on the 12th, 5 out on the 18th (65.00):
 *   5 left worth 65.00. Reorder at 8, no reorder quantity.
 * - M1 (lots): lot L1 (expires 2025-02-01) and L2 (2025-06-01), 5 of each at 2.00 on the 8th.
 */
export function januaryStock(ctx: CompanyContext) {
  const main = mainWarehouse(ctx)
  const shop = createWarehouse(ctx, { code: 'SHOP', name: 'Shop floor' }).id
  const w1 = stockItem(ctx, 'W1')
  const g1 = stockItem(ctx, 'G1', { valuation: 'average' })
  const m1 = stockItem(ctx, 'M1', { lotTracked: true })
  updateItemSettings(ctx, w1.id, { reorderLevel: 5_000n, reorderQuantity: 10_000n })
  updateItemSettings(ctx, g1.id, { reorderLevel: 8_000n })
  const customer = createContact(ctx, customerForm('Acme Ltd'))

  post(ctx, 'receipt', '2025-01-05', [
    { productId: w1.id, quantity: 10_000n, unitCost: 500n },
    { productId: g1.id, quantity: 4_000n, unitCost: 1000n },
  ])
  post(ctx, 'receipt', '2025-01-08', [
    {
      productId: m1.id,
      quantity: 5_000n,
      unitCost: 200n,
      lotNumber: 'L1',
      lotExpiry: '2025-02-01',
    },
    {
      productId: m1.id,
      quantity: 5_000n,
      unitCost: 200n,
      lotNumber: 'L2',
      lotExpiry: '2025-06-01',
    },
  ])
  receive(ctx, '2025-01-10', w1, 10_000n, 600n)
  receive(ctx, '2025-01-12', g1, 6_000n, 1500n)
  post(ctx, 'delivery', '2025-01-15', [{ productId: w1.id, quantity: 12_000n }], {
    contactId: customer.id,
  })
  deliver(ctx, '2025-01-18', g1, 5_000n)
  post(ctx, 'transfer', '2025-01-20', [{ productId: w1.id, quantity: 3_000n }], {
    toWarehouseId: shop,
  })
  const order = saveDocumentDraft(ctx, 'sales_order', {
    contactId: customer.id,
    date: '2025-01-21',
    lines: [{ productId: w1.id, quantity: 6_000n, unitPrice: 2000n, taxCodeId: null }],
  })
  issueDocument(ctx, order.id, 'sales_order')
  post(ctx, 'delivery', '2025-01-22', [{ productId: w1.id, quantity: 2_000n, sourceLineNo: 1 }], {
    contactId: customer.id,
    sourceDocumentId: order.id,
  })
  return { main, shop, w1, g1, m1, customer, order }
}
