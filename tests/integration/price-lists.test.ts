import { recordStockDocument } from '../../src/main/engine/inventory/post'
import { defaultWarehouseId } from '../../src/main/engine/inventory/settings'
import { describe, expect, it } from 'vitest'
import {
  createContact,
  getContact,
  listContacts,
  updateContact,
} from '../../src/main/engine/contacts/contacts'
import {
  saveCustomerGroup,
  setCustomerGroupArchived,
  setGroupPrices,
} from '../../src/main/engine/price-lists/customer-groups'
import { setContactGroup } from '../../src/main/engine/price-lists/group-members'
import { priceFor } from '../../src/main/engine/price-lists/price-for'
import { createProduct } from '../../src/main/engine/products/products'
import { cashSale, cashSalePrices } from '../../src/main/engine/sales/cash-sale'
import { saveDocumentDraft } from '../../src/main/engine/sales/documents'
import { importContacts } from '../../src/main/engine/import/contacts-import'
import { call } from '../../src/main/engine/rpc/dispatch'
import { salesSetup } from '../helpers/sales-fixture'
import { rpcCompany } from '../helpers/rpc-company'
import { accountId, tempCompany } from '../helpers/temp-company'
import { problemLines } from '../helpers/import-problems'
import { customerForm } from '../helpers/contacts'

/** Widgets at 100.00 each; wholesale customers pay 90.00, and 80.00 from 10 up. */
async function wholesale() {
  const ctx = await tempCompany()
  const { customer, product } = salesSetup(ctx)
  const group = saveCustomerGroup(ctx, { name: 'Wholesale' })
  setGroupPrices(ctx, group.id, [
    { productId: product.id, price: 9000n },
    { productId: product.id, minQuantity: 10_000n, price: 8000n },
  ])
  const trader = createContact(ctx, customerForm('Bulk Traders', { customerGroupId: group.id }))
  return { ctx, customer, product, group, trader }
}

describe('price lists per customer group', () => {
  it('prices by the group and the quantity, falling back to the sales price', async () => {
    const { ctx, customer, product, trader } = await wholesale()
    expect(priceFor(ctx, trader.id, product.id, 1000n)).toBe(9000n)
    expect(priceFor(ctx, trader.id, product.id, 9_999n)).toBe(9000n)
    expect(priceFor(ctx, trader.id, product.id, 10_000n)).toBe(8000n)
    expect(priceFor(ctx, customer.id, product.id, 10_000n)).toBe(10000n)
    const gadget = createProduct(ctx, {
      code: 'G1',
      name: 'Gadget',
      kind: 'service',
      salesPrice: 2500n,
      incomeAccountId: accountId(ctx, '4100'),
      expenseAccountId: accountId(ctx, '5100'),
    })
    expect(priceFor(ctx, trader.id, gadget.id, 50_000n)).toBe(2500n)
  })

  it('fills unpriced lines of invoices, quotes, orders and cash sales from the group', async () => {
    const { ctx, product, trader } = await wholesale()
    for (const type of ['invoice', 'quote', 'sales_order'] as const) {
      const draft = saveDocumentDraft(ctx, type, {
        contactId: trader.id,
        date: '2024-05-01',
        lines: [
          { productId: product.id, quantity: 2_000n },
          { productId: product.id, quantity: 12_000n },
          { productId: product.id, quantity: 1_000n, unitPrice: 9500n },
        ],
      })
      expect(draft.lines.map((line) => line.unitPrice)).toEqual([9000n, 8000n, 9500n])
    }
    // The counter delivers what it sells: a widget in stock first.
    recordStockDocument(ctx, {
      type: 'receipt',
      date: '2024-05-02',
      warehouseId: defaultWarehouseId(ctx)!,
      lines: [{ productId: product.id, quantity: 1_000n, unitCost: 5000n }],
    })
    const sale = cashSale(ctx, {
      date: '2024-05-02',
      method: 'cash',
      contactId: trader.id,
      lines: [{ code: 'W1', quantity: 1_000n }],
    })
    expect(sale.gross).toBe(9900n) // 90.00 and 10% tax
  })

  it("tells the counter the walk-in customer's group prices, which its sale then takes", async () => {
    const { ctx, product, group } = await wholesale()
    recordStockDocument(ctx, {
      type: 'receipt',
      date: '2024-05-02',
      warehouseId: defaultWarehouseId(ctx)!,
      lines: [{ productId: product.id, quantity: 20_000n, unitCost: 5000n }],
    })
    expect(cashSalePrices(ctx)).toEqual([])
    const first = cashSale(ctx, {
      date: '2024-05-02',
      method: 'card',
      lines: [{ code: 'W1', quantity: 1_000n }],
    })
    expect(first.gross).toBe(11000n) // no group yet: 100.00 and 10% tax
    setContactGroup(ctx, first.contactId, group.id)
    expect(cashSalePrices(ctx).map((price) => [price.minQuantity, price.price])).toEqual([
      [0n, 9000n],
      [10_000n, 8000n],
    ])
    const second = cashSale(ctx, {
      date: '2024-05-02',
      method: 'card',
      lines: [{ code: 'W1', quantity: 10_000n }],
    })
    expect(second.gross).toBe(88000n) // ten at 80.00 and 10% tax
  })

  it('keeps one group per contact, and an archived group takes no new members', async () => {
    const { ctx, customer, group, trader } = await wholesale()
    expect(getContact(ctx, trader.id).customerGroupId).toBe(group.id)
    const staff = saveCustomerGroup(ctx, { name: 'Staff' })
    const input = { name: trader.name, kind: trader.kind, isCustomer: true, isSupplier: false }
    updateContact(ctx, trader.id, { ...input, customerGroupId: staff.id })
    expect(getContact(ctx, trader.id).customerGroupId).toBe(staff.id)
    updateContact(ctx, trader.id, input)
    expect(getContact(ctx, trader.id).customerGroupId).toBe(staff.id)
    updateContact(ctx, trader.id, { ...input, customerGroupId: null })
    expect(getContact(ctx, trader.id).customerGroupId).toBeNull()

    setCustomerGroupArchived(ctx, group.id, true)
    expect(() =>
      updateContact(ctx, customer.id, {
        name: customer.name,
        kind: 'company',
        isCustomer: true,
        isSupplier: false,
        customerGroupId: group.id,
      }),
    ).toThrow(/Wholesale is archived/)
    expect(getContact(ctx, customer.id).customerGroupId).toBeNull()
  })

  it('refuses bad price lists, naming the row, and changes nothing', async () => {
    const { ctx, product, group } = await wholesale()
    expect(() =>
      setGroupPrices(ctx, group.id, [
        { productId: product.id, price: 1n },
        { productId: product.id, price: 2n },
      ]),
    ).toThrow(/Row 2: W1 already has a price from this quantity/)
    expect(() => setGroupPrices(ctx, group.id, [{ productId: product.id, price: -1n }])).toThrow(
      /Row 1: a price cannot be negative/,
    )
    expect(() => saveCustomerGroup(ctx, { name: ' wholesale ' })).toThrow(/already named/)
    expect(priceFor(ctx, createdTrader(ctx, group.id), product.id, 1000n)).toBe(9000n)
  })

  it('imports contacts into their group by its name, an optional column', async () => {
    const { ctx, group } = await wholesale()
    const header =
      'name,customer,supplier,kind,tax_id,payment_terms_days,credit_limit,currency,person,email,phone,address,city,postal_code,country,tags'
    const csv = (...rows: string[]) => [`${header},customer_group`, ...rows].join('\n')
    const bad = importContacts(
      ctx,
      csv('Shop One,yes,no,,,,,,,,,,,,,,WHOLESALE', 'Shop Two,yes,no,,,,,,,,,,,,,,Retail'),
    )
    expect(problemLines(bad.problems)).toEqual([
      'line 3, customer_group: There is no customer group Retail',
    ])
    const good = importContacts(
      ctx,
      csv('Shop One,yes,no,,,,,,,,,,,,,,WHOLESALE', 'Shop Two,yes,no,,,,,,,,,,,,,,'),
    )
    expect(good).toMatchObject({ created: 2, problems: [] })
    const groups = listContacts(ctx)
      .filter((contact) => contact.name.startsWith('Shop'))
      .map((contact) => contact.customerGroupId)
    expect(groups).toEqual([group.id, null])
    expect(
      importContacts(ctx, [header, 'Shop Three,yes,no,,,,,,,,,,,,,'].join('\n')),
    ).toMatchObject({
      created: 1,
    })
  })

  it('serves groups, prices and a contact price over RPC', async () => {
    const { session, code } = await rpcCompany()
    const product = await call(session, 'products.create', {
      code: 'W1',
      name: 'Widget',
      kind: 'service',
      salesPrice: 10000n,
      incomeAccountId: code('4100'),
      expenseAccountId: code('5100'),
    })
    const group = await call(session, 'customerGroups.save', { name: 'Trade' })
    await call(session, 'customerGroups.setPrices', {
      id: group.id,
      prices: [{ productId: product.id, price: 7000n }],
    })
    const contact = await call(
      session,
      'contacts.create',
      customerForm('Trade Co', { customerGroupId: group.id }),
    )
    expect(await call(session, 'customerGroups.list', {})).toMatchObject([
      { name: 'Trade', members: 1 },
    ])
    expect(await call(session, 'priceLists.forContact', { contactId: contact.id })).toMatchObject([
      { productCode: 'W1', minQuantity: 0n, price: 7000n },
    ])
    expect(
      await call(session, 'priceLists.priceFor', {
        contactId: contact.id,
        productId: product.id,
        quantity: 1000n,
      }),
    ).toEqual({ price: 7000n, groupId: group.id })
    session.close()
  })
})

function createdTrader(ctx: Parameters<typeof createContact>[0], groupId: string): string {
  return createContact(
    ctx,
    customerForm('Another Trader', { kind: 'person', customerGroupId: groupId }),
  ).id
}
