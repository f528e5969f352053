import { describe, expect, it } from 'vitest'
import { createContact } from '../../src/main/engine/contacts/contacts'
import { purchasesBySupplier } from '../../src/main/engine/payables/purchases-by-supplier'
import { cancelBill } from '../../src/main/engine/purchasing/post-purchase'
import { main } from '../../src/main/hosts/cli/main'
import { tempCompany } from '../helpers/temp-company'
import { supplierForm } from '../helpers/contacts'
import { paymentSteps } from '../helpers/payments'
import { postBill, postDebitNote, purchasingSetup } from './purchasing-fixture'

async function books() {
  const ctx = await tempCompany()
  const { supplier, paper, part, bank } = purchasingSetup(ctx)
  const { pay } = paymentSteps(ctx, bank)
  const other = createContact(ctx, supplierForm('Box Ltd'))
  // Parts Co: 2 x 50.00 + 10% = 110.00 (Jan), 3 x 20.00 + 10% = 66.00 (Feb), debit 22.00 (Feb).
  const a = postBill(ctx, supplier.id, '2024-01-05', 'PC-1', [
    { productId: part.id, quantity: 2000n },
  ])
  const b = postBill(ctx, supplier.id, '2024-02-01', 'PC-2', [
    { productId: paper.id, quantity: 3000n },
  ])
  postDebitNote(ctx, b.id, supplier.id, '2024-02-03', [{ productId: paper.id, quantity: 1000n }])
  pay(supplier, '2024-02-10', 5000n, { allocations: [{ documentId: a.id, amount: 5000n }] })
  // Box Ltd: 40.00 billed and cancelled within February, 10.00 billed in March.
  const c = postBill(ctx, other.id, '2024-02-05', 'BX-1', [
    { productId: paper.id, quantity: 2000n, taxCodeId: null },
  ])
  cancelBill(ctx, c.id, '2024-02-06')
  postBill(ctx, other.id, '2024-03-05', 'BX-2', [
    { productId: paper.id, quantity: 500n, taxCodeId: null },
  ])
  return { ctx, supplier, other }
}

describe('purchasing reports', () => {
  it('sums purchases by supplier for a period, leaving out bills cancelled in it', async () => {
    const { ctx, supplier } = await books()
    const feb = purchasesBySupplier(ctx, { from: '2024-02-01', to: '2024-02-29' })
    expect(feb.rows).toEqual([
      {
        contactId: supplier.id,
        contactName: 'Parts Co',
        billed: 6000n,
        debited: 2000n,
        net: 4000n,
        tax: 400n,
        gross: 4400n,
      },
    ])
    const quarter = purchasesBySupplier(ctx, { from: '2024-01-01', to: '2024-03-31' })
    expect(quarter.rows.map((r) => [r.contactName, r.gross])).toEqual([
      ['Box Ltd', 1000n],
      ['Parts Co', 15400n],
    ])
    expect(quarter.totals).toEqual({
      billed: 17000n,
      debited: 2000n,
      net: 15000n,
      tax: 1400n,
      gross: 16400n,
    })
    // A period ending before the cancellation still counts the bill, as the ledger did then.
    expect(purchasesBySupplier(ctx, { from: '2024-02-05', to: '2024-02-05' }).totals.gross).toBe(
      4000n,
    )
    expect(() => purchasesBySupplier(ctx, { from: '2024-03-01', to: '2024-02-01' })).toThrow(
      /starts \(2024-03-01\) after it ends/,
    )
  })

  it('prints the payables ageing and purchases by supplier on the CLI as table, CSV and JSON', async () => {
    const { ctx } = await books()
    const file = ctx.path
    ctx.close()
    const run = async (...args: string[]) => {
      let out = ''
      let err = ''
      const code = await main(['report', ...args, '--db', file], {
        out: (text) => void (out += text),
        err: (text) => void (err += text),
      })
      return { code, out, err }
    }
    const csv = await run('payables-ageing', '--as-of', '2024-03-31', '--format', 'csv')
    // Parts Co: 110.00 - 50.00 paid, due 2024-02-04: 56 days late; 66.00 - 22.00, due 03-02: 29 days.
    // Box Ltd (no terms): 10.00 due 03-05, 26 days late.
    expect(csv).toEqual({
      code: 0,
      out: 'contact,current,1-30,31-60,61-90,90+,total\nBox Ltd,0.00,10.00,0.00,0.00,0.00,10.00\nParts Co,0.00,44.00,60.00,0.00,0.00,104.00\nTotal,0.00,54.00,60.00,0.00,0.00,114.00\n',
      err: '',
    })
    const json = await run(
      'purchases-by-supplier',
      '--from',
      '2024-01-01',
      '--to',
      '2024-03-31',
      '--contact',
      'Box Ltd',
      '--format',
      'json',
    )
    expect(JSON.parse(json.out)).toMatchObject({
      rows: [{ contactName: 'Box Ltd', billed: '10.00', debited: '0.00', gross: '10.00' }],
      totals: { gross: '10.00' },
    })
    const table = await run('payables-ageing', '--as-of', '2024-03-31', '--buckets', '30,60')
    expect(table.out).toContain('payables ageing as of 2024-03-31 (USD)')
    expect(table.out).toContain('Supplier')
    expect((await run('payables-ageing', '--from', '2024-01-01')).code).toBe(2)
    expect((await run('purchases-by-supplier', '--as-of', '2024-01-01')).err).toContain(
      '--as-of is for payables-ageing',
    )
  })
})
