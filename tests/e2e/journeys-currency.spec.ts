import { expect, test } from '@playwright/test'
import { accountId, rpc } from './journeys-rpc'
import { createCompanyInWizard, goTo } from './journeys-steps'

test.use({ viewport: { width: 1440, height: 860 } })

test('a shop invoices a customer in euros at a typed rate and sees the dollars beside them', async ({
  page,
}) => {
  await createCompanyInWizard(page, 'Harbour Wines')
  await rpc(page, 'contacts.create', {
    name: 'Lyon Bistro',
    kind: 'company',
    isCustomer: true,
    isSupplier: false,
    currency: 'EUR',
  })
  await rpc(page, 'products.create', {
    code: 'RED',
    name: 'Red wine',
    kind: 'service',
    salesPrice: 1200n,
    incomeAccountId: await accountId(page, '4100'),
    expenseAccountId: await accountId(page, '5100'),
  })

  await goTo(page, 'New invoice')
  await page.keyboard.type('lyon')
  await page.keyboard.press('Enter')
  // The customer's currency comes with it; its rate is asked for.
  await expect(page.getByLabel('Currency')).toHaveValue('EUR')
  await page.getByLabel('Product, line 1').fill('red')
  await page.keyboard.press('Enter')
  await page.keyboard.type('3')
  await page.keyboard.press('Enter')
  // Product prices are in dollars: a euro line is priced by hand.
  await expect(page.getByLabel('Unit price, line 1')).toHaveValue('')
  await page.keyboard.type('33.33')
  await expect(page.locator('[data-total="gross"]')).toHaveText('99.99')
  await page.keyboard.press('Control+Enter')
  const rate = page.getByLabel('Exchange rate')
  await expect(rate).toBeFocused()
  await expect(page.getByRole('alert')).toContainText('how many USD one EUR buys')
  await rate.fill('1.0825')
  // 99.99 EUR at 1.0825 = 108.239175 USD.
  await expect(page.locator('[data-base-equivalent="USD"]')).toHaveText('= 108.24 USD at 1.0825')
  await page.keyboard.press('Control+Enter')
  const posted = page.getByRole('status').filter({ hasText: /Posted \S+\./ })
  await expect(posted).toBeVisible()
  await posted.getByRole('link', { name: 'Open it' }).click()
  await expect(page.locator('[data-fact="currency"]')).toHaveText('EUR')
  await expect(page.locator('[data-fact="rate"]')).toHaveText('1 EUR = 1.0825 USD')
  await expect(page.locator('[data-fact="base-gross"]')).toHaveText('108.24')

  // Paid in euros at a later rate, 20.01 more kept as the customer's credit in euros.
  await goTo(page, 'Receive payment')
  await page.keyboard.type('lyon')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Currency')).toHaveValue('EUR')
  await page.getByLabel('Amount received').fill('120')
  await page.getByLabel('Exchange rate').fill('1.1')
  await page.getByLabel('Keep what pays no invoice as the customer’s credit').check()
  await page.keyboard.press('Control+Enter')
  await expect(page.getByRole('status').filter({ hasText: /recorded/ })).toBeVisible()

  // A later euro invoice takes that credit.
  const customer = (await rpc<{ id: string; name: string }[]>(page, 'contacts.list', {})).find(
    (contact) => contact.name === 'Lyon Bistro',
  )!
  const draft = await rpc<{ id: string }>(page, 'invoices.saveDraft', {
    contactId: customer.id,
    date: '2026-03-10',
    currency: 'EUR',
    rate: 1_050_000_000n,
    lines: [
      {
        description: 'Corkage',
        quantity: 1000n,
        unitPrice: 3000n,
        accountId: await accountId(page, '4100'),
      },
    ],
  })
  await rpc(page, 'invoices.post', { id: draft.id })
  await page.goto(`/#/sales/invoices/${draft.id}`)
  await expect(page.locator('[data-total="outstanding"]')).toHaveText('30.00')
  await page.getByRole('button', { name: 'Use customer credit' }).click()
  await expect(page.locator('[data-total="outstanding"]')).toHaveText('9.99')
})
