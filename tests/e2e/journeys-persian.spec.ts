import { expect, test } from '@playwright/test'
import { accountId, openIssuedSalesOrder, rpc } from './journeys-rpc'
import { SCREENSHOTS, createCompanyInWizard, goTo } from './journeys-steps'

// A shop in Iran: its browser speaks Persian, so its company writes numbers in Persian digits.
test.use({ viewport: { width: 1440, height: 900 }, locale: 'fa-IR' })

test('a Persian shop sees its quantities in Persian digits, and Latin digits typed still count', async ({
  page,
}) => {
  await createCompanyInWizard(page, 'Tehran Tea')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  const tea = await rpc<{ id: string }>(page, 'products.create', {
    code: 'TEA',
    name: 'Green tea',
    unit: 'kg',
    kind: 'stocked',
    salesPrice: 500n,
    purchasePrice: 300n,
    incomeAccountId: await accountId(page, '4100'),
    expenseAccountId: await accountId(page, '5100'),
  })
  const settings = await rpc<{ defaultWarehouseId: string }>(page, 'inventorySettings.get', {})
  await rpc(page, 'stockDocuments.record', {
    type: 'opening',
    date: new Date().toISOString().slice(0, 10),
    warehouseId: settings.defaultWarehouseId,
    lines: [{ productId: tea.id, quantity: 12_500n, unitCost: 300n }],
  })

  // On hand, as the items list shows it: 12.5 kg.
  await goTo(page, 'Items')
  const row = page.getByRole('grid', { name: 'Items' }).getByRole('row', { name: /TEA/ })
  await expect(row).toContainText('۱۲٫۵ kg')

  // A clerk receives tea picked by name: each pick counts in Persian digits; 2 typed in Latin.
  await goTo(page, 'Receive goods')
  await page.getByLabel('Scan or type a code or name').fill('green')
  await expect(page.getByRole('listbox')).toContainText('Green tea')
  await page.keyboard.press('Enter')
  const received = page.getByLabel('Quantity of Green tea')
  await expect(received).toHaveValue('۱')
  await expect(page.getByTestId('scan-added')).toHaveText('Added ۱ kg of Green tea')
  await received.press('ArrowUp')
  await expect(received).toHaveValue('۲')
  await received.fill('2')
  await received.press('Control+Enter')
  await expect(page.getByTestId('stock-posted')).toHaveText(/^Receipt GR\S* posted\.$/)
  await goTo(page, 'Items')
  await expect(row).toContainText('۱۴٫۵ kg')

  // An order for 3 kg: its progress in Persian digits; 1.5 typed in Latin digits is invoiced.
  await openIssuedSalesOrder(page, 'Cafe Shiraz', [
    { productId: tea.id, description: 'Green tea', quantity: 3_000n, unitPrice: 500n },
  ])
  const orderStock = page.getByRole('table', { name: 'Stock for this order' })
  await expect(orderStock.locator('tr[data-line="1"] td').nth(2)).toHaveText('۱۴٫۵ kg')
  await expect(orderStock.locator('tr[data-line="1"] td').nth(4)).toHaveText('۱۱٫۵')
  const line = page.locator('tr[data-line="1"]')
  await expect(line.locator('[data-col="remaining"]')).toHaveText('۳')
  const toInvoice = page.getByLabel('To invoice Green tea')
  await expect(toInvoice).toHaveValue('۳')
  await toInvoice.fill('1.5')
  await page.getByRole('button', { name: 'Invoice these quantities' }).click()
  await expect(page.getByRole('main').getByRole('link', { name: /^SO-/ })).toBeVisible()
  const invoiced = page.locator('.detail-lines tbody tr').filter({ hasText: 'Green tea' })
  await expect(invoiced.getByRole('cell', { name: '۱٫۵', exact: true })).toBeVisible()
  await page.goBack()
  await expect(line.locator('[data-col="invoiced"]')).toHaveText('۱٫۵')
  await expect(line.locator('[data-col="remaining"]')).toHaveText('۱٫۵')
  await page.screenshot({ path: `${SCREENSHOTS}/persian-order.png` })
})
