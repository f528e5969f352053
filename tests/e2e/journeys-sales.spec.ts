import { expect, test, type Page } from '@playwright/test'
import { SCREENSHOTS, createCompanyInWizard } from './journeys-steps'

test.use({ viewport: { width: 1440, height: 860 } })

/** Ctrl+K, a few letters, Enter: how a keyboard user reaches any screen. */
async function goTo(page: Page, screen: string): Promise<void> {
  await page.keyboard.press('Control+k')
  await page.getByRole('combobox', { name: 'Go to' }).fill(screen)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: screen, exact: true })).toBeVisible()
}

test('a new user sells from the keyboard, takes a partial payment and sees what is owed', async ({
  page,
}) => {
  await createCompanyInWizard(page, 'Counter Shop')

  // A tax code, a customer and a product.
  await goTo(page, 'Tax codes')
  await page.getByRole('button', { name: 'New tax code' }).click()
  await page.getByLabel('Code', { exact: true }).fill('VAT10')
  await page.getByLabel('Name').fill('VAT standard')
  await page.getByLabel('Rate (%)').fill('10.555')
  await page.getByRole('button', { name: 'Add tax code' }).click()
  await expect(page.getByLabel('Rate (%)')).toHaveAttribute('aria-invalid', 'true')
  await page.getByLabel('Rate (%)').fill('10')
  await page.getByRole('button', { name: 'Add tax code' }).click()
  await expect(page.locator('tbody')).toContainText('VAT standard')

  await goTo(page, 'Customers')
  await page.getByRole('link', { name: 'New customer' }).click()
  await page.getByRole('button', { name: 'Create customer' }).click()
  await expect(page.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  await page.getByLabel('Name', { exact: true }).fill('Acme Traders')
  await page.getByLabel('Payment terms (days)').fill('14')
  await page.getByLabel('City').fill('Kuwait City')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByRole('heading', { name: 'Acme Traders' })).toBeVisible()
  await expect(page.getByTestId('balance-due')).toHaveText('0.00')

  await goTo(page, 'Products')
  await page.getByRole('button', { name: 'New product' }).click()
  await page.getByLabel('Code', { exact: true }).fill('WID')
  await page.getByLabel('Name', { exact: true }).fill('Blue widget')
  await page.getByLabel('Sales price').fill('120.5')
  await page.getByRole('button', { name: 'Add product' }).click()
  await expect(page.getByRole('grid', { name: 'Products' })).toContainText('Blue widget')
  await page.screenshot({ path: `${SCREENSHOTS}/sales-products.png` })

  // The invoice, from the keyboard alone.
  await goTo(page, 'New invoice')
  await expect(page.getByRole('combobox', { name: 'Customer' })).toBeFocused()
  await page.keyboard.type('acm')
  await expect(page.getByRole('listbox', { name: 'Customer' })).toContainText('Acme Traders')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Date', { exact: true })).toBeFocused()
  await page.getByLabel('Date', { exact: true }).fill('2026-03-02')
  await expect(page.getByLabel('Due date')).toHaveValue('2026-03-16')
  for (let step = 0; step < 4; step++) await page.keyboard.press('Enter')
  await expect(page.getByLabel('Product, line 1')).toBeFocused()
  await page.keyboard.type('blue')
  await expect(page.getByRole('listbox', { name: 'Product, line 1' })).toContainText('120.50')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Quantity, line 1')).toBeFocused()
  await page.keyboard.type('2.5')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Unit price, line 1')).toHaveValue('120.50')
  await page.keyboard.type('100')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Product, line 2')).toBeFocused()
  await page.getByLabel('Tax code, line 1').selectOption({ label: 'VAT10 10%' })
  await expect(page.locator('[data-total="net"]')).toHaveText('250.00')
  await expect(page.locator('[data-total="tax"]')).toHaveText('25.00')
  await expect(page.locator('[data-total="gross"]')).toHaveText('275.00')
  await page.screenshot({ path: `${SCREENSHOTS}/sales-invoice-form.png` })
  await page.getByLabel('Product, line 2').focus()
  await page.keyboard.press('Control+Enter')
  const posted = page.getByRole('status').filter({ hasText: /Posted \S+\./ })
  await expect(posted).toBeVisible()
  const number = /Posted (\S+)\./.exec((await posted.textContent()) ?? '')?.[1] ?? ''
  await expect(page.getByRole('combobox', { name: 'Customer' })).toHaveValue('')

  // A partial payment: the allocation goes to the invoice; more than owed needs "keep credit".
  await goTo(page, 'Receive payment')
  await page.keyboard.type('acme')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Amount received')).toBeFocused()
  await page.keyboard.type('300')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByText('Part of the payment pays no invoice')).toBeVisible()
  await page.getByLabel('Amount received').fill('100')
  await page.getByLabel('Date', { exact: true }).fill('2026-03-20')
  await expect(page.getByLabel(`Pay on ${number}`)).toHaveValue('100.00')
  await page.screenshot({ path: `${SCREENSHOTS}/sales-payment.png` })
  await page.getByLabel('Amount received').press('Control+Enter')
  await expect(page.getByRole('status').filter({ hasText: /Payment \S+ recorded/ })).toBeVisible()

  // What is owed, on the customer's page and in the ageing.
  await page.getByRole('link', { name: 'Acme Traders' }).click()
  await expect(page.getByTestId('balance-due')).toHaveText('175.00')
  const row = page.locator(`tr[data-invoice="${number}"]`)
  await expect(row).toContainText(/Part paid|Overdue/)
  await expect(row).toContainText('275.00')
  await page.screenshot({ path: `${SCREENSHOTS}/sales-contact.png` })

  await goTo(page, 'Receivables ageing')
  await page.getByLabel('As of').fill('2026-04-30')
  const acme = page.locator('tr[data-contact="Acme Traders"]')
  await expect(acme.locator('td').nth(3)).toHaveText('175.00')
  await expect(acme.locator('td').last()).toHaveText('175.00')
  await page.screenshot({ path: `${SCREENSHOTS}/sales-ageing.png` })
  await acme.getByRole('link', { name: 'Acme Traders' }).click()
  await expect(page.getByRole('heading', { name: 'Acme Traders' })).toBeVisible()

  // The invoice itself: what is paid and still owed.
  await page.getByRole('link', { name: number }).click()
  await expect(page.locator('[data-total="paid"]')).toHaveText('100.00')
  await expect(page.locator('[data-total="outstanding"]')).toHaveText('175.00')
  await page.screenshot({ path: `${SCREENSHOTS}/sales-invoice.png` })
})

test('a missing customer is created from inside the invoice without losing what was typed', async ({
  page,
}) => {
  await createCompanyInWizard(page, 'Inline Shop')
  await goTo(page, 'New invoice')
  await page.getByLabel('Date', { exact: true }).fill('2026-05-04')
  await page.getByLabel('Reference').fill('PO-77')
  await page.getByRole('combobox', { name: 'Customer' }).fill('Zed Retail')
  await page.getByRole('combobox', { name: 'Customer' }).press('ArrowDown')
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'New customer' })
  await expect(dialog.getByLabel('Name', { exact: true })).toHaveValue('Zed Retail')
  await dialog.getByLabel('Payment terms (days)').fill('10')
  await dialog.getByRole('button', { name: 'Create customer' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('combobox', { name: 'Customer' })).toHaveValue('Zed Retail')
  await expect(page.getByLabel('Reference')).toHaveValue('PO-77')
  await expect(page.getByLabel('Due date')).toHaveValue('2026-05-14')
  await page.keyboard.press('Control+s')
  await expect(page.getByRole('alert')).toHaveText('Add at least one line')
})
