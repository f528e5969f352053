import { expect, test } from '@playwright/test'
import { accountId, rpc } from './journeys-rpc'
import { createCompanyInWizard, goTo } from './journeys-steps'

test.use({ viewport: { width: 1440, height: 860 } })

test("a line's price follows the customer's price list until typed by hand", async ({ page }) => {
  await createCompanyInWizard(page, 'Bulk Hardware')
  const product = await rpc<{ id: string }>(page, 'products.create', {
    code: 'WID',
    name: 'Widget',
    kind: 'service',
    salesPrice: 10000n,
    incomeAccountId: await accountId(page, '4100'),
    expenseAccountId: await accountId(page, '5100'),
  })
  const group = await rpc<{ id: string }>(page, 'customerGroups.save', { name: 'Wholesale' })
  await rpc(page, 'customerGroups.setPrices', {
    id: group.id,
    prices: [
      { productId: product.id, price: 9000n },
      { productId: product.id, minQuantity: 10_000n, price: 8000n },
    ],
  })
  const trader = await rpc<{ id: string }>(page, 'contacts.create', {
    name: 'Trade Depot',
    kind: 'company',
    isCustomer: true,
    isSupplier: false,
    customerGroupId: group.id,
  })

  await rpc(page, 'contacts.create', {
    name: 'Walk In Ltd',
    kind: 'company',
    isCustomer: true,
    isSupplier: false,
  })

  await goTo(page, 'New invoice')
  await page.keyboard.type('trade')
  await page.keyboard.press('Enter')
  await page.getByLabel('Product, line 1').fill('wid')
  await page.keyboard.press('Enter')
  const quantity = page.getByLabel('Quantity, line 1')
  const price = page.getByLabel('Unit price, line 1')
  await expect(price).toHaveValue('90.00')
  // Ten or more cross the break; fewer go back.
  await quantity.fill('12')
  await expect(price).toHaveValue('80.00')
  await quantity.fill('2')
  await expect(price).toHaveValue('90.00')
  // A customer outside the group pays the product's own price; back to the trader, the list's.
  const customer = page.getByRole('combobox', { name: 'Customer' })
  await customer.fill('walk')
  await page.keyboard.press('Enter')
  await expect(price).toHaveValue('100.00')
  await customer.fill('trade')
  await page.keyboard.press('Enter')
  await expect(price).toHaveValue('90.00')
  // A price typed by hand stays whatever the quantity.
  await price.fill('85')
  await quantity.fill('20')
  await expect(price).toHaveValue('85')

  await page.goto(`/#/sales/contacts/${trader.id}`)
  await expect(page.getByTestId('contact-customer-group')).toHaveText('Wholesale')
})

test("a supplier's overpayment kept as credit pays a later bill from its page", async ({
  page,
}) => {
  await createCompanyInWizard(page, 'Credit Works')
  const supplier = await rpc<{ id: string }>(page, 'contacts.create', {
    name: 'Mill Supplies',
    kind: 'company',
    isCustomer: false,
    isSupplier: true,
  })
  const expense = await accountId(page, '5100')
  const bill = async (reference: string, date: string, unitPrice: bigint) => {
    const draft = await rpc<{ id: string }>(page, 'bills.saveDraft', {
      contactId: supplier.id,
      date,
      reference,
      lines: [{ description: 'Flour', quantity: 1000n, unitPrice, accountId: expense }],
    })
    await rpc(page, 'bills.post', { id: draft.id })
    return draft.id
  }
  await bill('M-1', '2026-03-01', 10000n)
  // 120.00 for a 100.00 bill: 20.00 kept as the supplier's credit.
  await rpc(page, 'supplierPayments.pay', {
    contactId: supplier.id,
    date: '2026-03-05',
    accountId: await accountId(page, '1120'),
    amount: 12000n,
    keepCredit: true,
  })
  const later = await bill('M-2', '2026-03-10', 5000n)
  await page.goto(`/#/purchases/bills/${later}`)
  await expect(page.locator('[data-total="outstanding"]')).toHaveText('50.00')
  await page.getByRole('button', { name: 'Use supplier credit' }).click()
  await expect(page.locator('[data-total="outstanding"]')).toHaveText('30.00')
})

test('the quote list shows a foreign quote with its currency, a local one without', async ({
  page,
}) => {
  await createCompanyInWizard(page, 'Quote House')
  const customer = await rpc<{ id: string }>(page, 'contacts.create', {
    name: 'Paris Client',
    kind: 'company',
    isCustomer: true,
    isSupplier: false,
  })
  const income = await accountId(page, '4100')
  const quote = async (currency: string | undefined, unitPrice: bigint) => {
    const draft = await rpc<{ id: string }>(page, 'quotes.saveDraft', {
      contactId: customer.id,
      date: '2026-03-01',
      ...(currency ? { currency, rate: 1_100_000_000n } : {}),
      lines: [{ description: 'Design', quantity: 1000n, unitPrice, accountId: income }],
    })
    const issued = await rpc<{ number: string }>(page, 'quotes.issue', { id: draft.id })
    return issued.number
  }
  const euros = await quote('EUR', 4500n)
  const dollars = await quote(undefined, 2500n)
  await goTo(page, 'Quotes')
  await expect(page.locator(`tr[data-number="${euros}"] td.end`)).toHaveText('45.00 EUR')
  await expect(page.locator(`tr[data-number="${dollars}"] td.end`)).toHaveText('25.00')
})
