import { expect, test } from '@playwright/test'
import { accountId, rpc } from './journeys-rpc'
import { createCompanyInWizard, goTo } from './journeys-steps'

test.use({ viewport: { width: 1440, height: 860 } })

test('an owner orders from a supplier, bills part of the order, then the rest, and the order shows it billed', async ({
  page,
}) => {
  await createCompanyInWizard(page, 'Corner Bakery')
  await rpc(page, 'contacts.create', {
    name: 'Mill & Sons',
    kind: 'company',
    isCustomer: false,
    isSupplier: true,
    paymentTermsDays: 30,
  })
  await rpc(page, 'products.create', {
    code: 'FLOUR',
    name: 'Flour sack',
    kind: 'service',
    salesPrice: 3000n,
    purchasePrice: 2000n,
    incomeAccountId: await accountId(page, '4100'),
    expenseAccountId: await accountId(page, '5100'),
  })

  // The order, typed from the keyboard and issued: numbered, nothing in the books yet.
  await goTo(page, 'New purchase order')
  await page.keyboard.type('mill')
  await expect(page.getByRole('listbox', { name: 'Supplier' })).toContainText('Mill & Sons')
  await page.keyboard.press('Enter')
  await page.getByLabel('Date', { exact: true }).fill('2026-03-02')
  await page.getByLabel('Product, line 1').fill('flour')
  await page.keyboard.press('Enter')
  await page.keyboard.type('10')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Unit price, line 1')).toHaveValue('20.00')
  await expect(page.locator('[data-total="gross"]')).toHaveText('200.00')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByText(/Purchase order PO-\S+ issued/)).toBeVisible()
  await page.getByRole('link', { name: 'Open it' }).click()
  await expect(page.getByRole('heading', { name: /^PO-/ })).toBeVisible()
  const orderPage = page.url()

  // The supplier's first invoice covers four sacks: billed against their invoice number.
  await page.getByRole('button', { name: 'Bill these quantities' }).click()
  await expect(
    page.getByText('Type the supplier’s invoice number to bill this order.'),
  ).toBeVisible()
  await page.getByLabel('To bill Flour sack').fill('4')
  await page.getByLabel('Supplier’s invoice number').fill('MS-101')
  await page.getByRole('button', { name: 'Bill these quantities' }).click()
  await expect(page.getByRole('heading', { name: /^Bill/ })).toBeVisible()
  await expect(page.locator('[data-total="gross"]').first()).toHaveText('80.00')
  // The bill names the order it was made from, by its number.
  const madeFrom = page.getByRole('link', { name: /^PO-/ })
  await expect(madeFrom).toBeVisible()
  await madeFrom.click()
  await expect(page).toHaveURL(orderPage)
  await expect(page.getByRole('region', { name: 'Bills made from it' })).toContainText('80.00')

  // The rest comes on the second invoice; the order is then billed in full.
  await page.getByLabel('Supplier’s invoice number').fill('MS-102')
  await page.getByRole('button', { name: 'Bill remaining' }).click()
  await expect(page.getByRole('heading', { name: /^Bill/ })).toBeVisible()
  await expect(page.locator('[data-total="gross"]').first()).toHaveText('120.00')
  await page.goto(orderPage)
  await expect(page.getByText('Billed', { exact: true }).first()).toBeVisible()
  await expect(page.getByRole('button', { name: 'Bill remaining' })).toHaveCount(0)

  // What is owed shows on the supplier's page: both bills, 200.00 in all.
  await goTo(page, 'Suppliers')
  await page.getByRole('row', { name: /Mill & Sons/ }).click()
  await expect(page.getByRole('heading', { name: 'Mill & Sons' })).toBeVisible()
  await expect(page.getByTestId('balance-owed')).toHaveText('200.00')
})
