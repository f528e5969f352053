import { expect, test } from '@playwright/test'
import { SCREENSHOTS, createCompanyInWizard, goTo } from './journeys-steps'

test.use({ viewport: { width: 1440, height: 860 } })

test('a bookkeeper enters a supplier bill from the keyboard, pays part and sees what is owed', async ({
  page,
}) => {
  await createCompanyInWizard(page, 'Roast House')

  // A product bought in, and the supplier it comes from.
  await goTo(page, 'Products')
  await page.getByRole('button', { name: 'New product' }).click()
  await page.getByLabel('Code', { exact: true }).fill('BEAN')
  await page.getByLabel('Name', { exact: true }).fill('Green beans')
  await page.getByLabel('Sales price').fill('30')
  await page.getByLabel('Purchase price').fill('12')
  await page.getByRole('button', { name: 'Add product' }).click()
  await expect(page.getByRole('grid', { name: 'Products' })).toContainText('Green beans')

  await goTo(page, 'Suppliers')
  await page.getByRole('link', { name: 'New supplier' }).click()
  await expect(page.getByLabel('A supplier')).toBeChecked()
  await page.getByLabel('Name', { exact: true }).fill('Highland Roasters')
  await page.getByLabel('Payment terms (days)').fill('30')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByRole('heading', { name: 'Highland Roasters' })).toBeVisible()
  await expect(page.getByTestId('balance-owed')).toHaveText('0.00')

  // The bill, from the keyboard alone; the supplier's own number is required.
  await goTo(page, 'New bill')
  await expect(page.getByRole('combobox', { name: 'Supplier' })).toBeFocused()
  await page.keyboard.type('highl')
  await expect(page.getByRole('listbox', { name: 'Supplier' })).toContainText('Highland Roasters')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Date', { exact: true })).toBeFocused()
  await page.getByLabel('Date', { exact: true }).fill('2026-03-02')
  await expect(page.getByLabel('Due date')).toHaveValue('2026-04-01')
  for (let step = 0; step < 4; step++) await page.keyboard.press('Enter')
  await expect(page.getByLabel('Product, line 1')).toBeFocused()
  await page.keyboard.type('bean')
  await expect(page.getByRole('listbox', { name: 'Product, line 1' })).toContainText('12.00')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Quantity, line 1')).toBeFocused()
  await page.keyboard.type('10')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Unit price, line 1')).toHaveValue('12.00')
  await page.keyboard.press('Enter')
  await expect(page.locator('[data-total="gross"]')).toHaveText('120.00')
  await page.keyboard.press('Control+Enter')
  const reference = page.getByLabel('Supplier’s invoice number')
  await expect(reference).toBeFocused()
  await expect(page.getByRole('alert')).toContainText("supplier's own invoice number")
  await page.keyboard.type('INV-881')
  await page.screenshot({ path: `${SCREENSHOTS}/purchases-bill-form.png` })
  await page.keyboard.press('Control+Enter')
  const posted = page.getByRole('status').filter({ hasText: /Bill \S+ posted\./ })
  await expect(posted).toBeVisible()
  const number = /Bill (\S+) posted\./.exec((await posted.textContent()) ?? '')?.[1] ?? ''

  // The same supplier's number again is refused, next to the field.
  await page.keyboard.type('highl')
  await page.keyboard.press('Enter')
  await page.getByLabel('Date', { exact: true }).fill('2026-03-05')
  await reference.fill('inv-881')
  await page.getByLabel('Product, line 1').fill('bean')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByRole('alert')).toContainText(`already entered as ${number}`)
  await expect(reference).toBeFocused()

  // Part of it paid; more than owed needs "keep as credit".
  await goTo(page, 'Pay supplier')
  await page.keyboard.type('highl')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Amount paid')).toBeFocused()
  await page.keyboard.type('200')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByText('Part of the payment pays no bill')).toBeVisible()
  await page.getByLabel('Amount paid').fill('50')
  await page.getByLabel('Date', { exact: true }).fill('2026-03-20')
  await expect(page.getByLabel(`Pay on ${number}`)).toHaveValue('50.00')
  await expect(page.getByRole('region', { name: 'Pays these bills' })).toBeVisible()
  await page.screenshot({ path: `${SCREENSHOTS}/purchases-payment.png` })
  await page.getByLabel('Amount paid').press('Control+Enter')
  const paid = page.getByRole('status').filter({ hasText: /Payment \S+ recorded/ })
  await expect(paid).toBeVisible()
  const payment = /Payment (\S+) recorded/.exec((await paid.textContent()) ?? '')?.[1] ?? ''

  // The payment in the supplier payments list, its number on one line, the bill it paid beside it.
  await goTo(page, 'Supplier payments')
  await page.getByLabel('Search number, supplier, reference, bill').fill(number)
  const paidRow = page.getByRole('grid', { name: 'Supplier payments' }).getByRole('row')
  await expect(paidRow.filter({ hasText: payment })).toContainText('Highland Roasters')
  await expect(paidRow.filter({ hasText: payment })).toContainText('50.00')
  const numberCell = paidRow.filter({ hasText: payment }).getByRole('gridcell').first()
  expect((await numberCell.boundingBox())?.height ?? 99).toBeLessThan(30)

  // What is owed, on the supplier's page (from the payment's row) and in the payables ageing.
  await paidRow.getByRole('link', { name: 'Highland Roasters' }).click()
  await expect(page.getByTestId('balance-owed')).toHaveText('70.00')
  const row = page.locator(`tr[data-invoice="${number}"]`)
  await expect(row).toContainText(/Part paid|Overdue/)
  await expect(row).toContainText('120.00')
  await page.screenshot({ path: `${SCREENSHOTS}/purchases-supplier.png` })

  await goTo(page, 'Payables ageing')
  await page.getByLabel('As of').fill('2026-04-30')
  const highland = page.locator('tr[data-contact="Highland Roasters"]')
  await expect(highland.locator('td').nth(2)).toHaveText('70.00')
  await expect(highland.locator('td').last()).toHaveText('70.00')
  await page.screenshot({ path: `${SCREENSHOTS}/purchases-ageing.png` })

  // The bill itself, from the supplier's page: still owed, and cancel offered.
  await highland.getByRole('link', { name: 'Highland Roasters' }).click()
  await page.getByRole('link', { name: number }).click()
  await expect(page.locator('[data-total="outstanding"]')).toHaveText('70.00')
  await expect(page.getByRole('button', { name: 'Cancel bill' })).toBeVisible()
  await page.screenshot({ path: `${SCREENSHOTS}/purchases-bill.png` })
  // A paid bill cannot be cancelled: the refusal shows and the date stays to change or back out of.
  await page.getByRole('button', { name: 'Cancel bill' }).click()
  await expect(page.getByLabel('Cancel on')).toBeVisible()
  await page.getByRole('button', { name: 'Cancel bill' }).click()
  await expect(page.getByText(/has payments or debit notes against it/)).toBeVisible()
  await expect(page.getByLabel('Cancel on')).toBeVisible()
  await page.getByRole('button', { name: 'Cancel', exact: true }).click()
  await expect(page.getByLabel('Cancel on')).toBeHidden()

  // Two bags went back: a debit note against the bill lowers what is owed on it.
  await page.getByRole('link', { name: 'Debit note', exact: true }).click()
  await expect(page.getByText(`Debit note against bill ${number}`)).toBeVisible()
  await expect(page.getByLabel('Quantity, line 1')).toBeFocused()
  await page.keyboard.type('2')
  await page.keyboard.press('Control+Enter')
  await expect(
    page.getByRole('status').filter({ hasText: /Debit note \S+ posted\./ }),
  ).toBeVisible()
  await goTo(page, 'Bills')
  await page.keyboard.type(number)
  await page.keyboard.press('Enter')
  await expect(page.locator('[data-total="outstanding"]')).toHaveText('46.00')

  await goTo(page, 'Purchases by supplier')
  await page.getByLabel('From').fill('2026-01-01')
  await expect(page.locator('tr[data-contact="Highland Roasters"]')).toContainText('120.00')
})
