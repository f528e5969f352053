import { readFile } from 'node:fs/promises'
import { expect, test, type Download, type Page } from '@playwright/test'
import { SCREENSHOTS, createCompanyInWizard } from './journeys-steps'

test.use({ viewport: { width: 1440, height: 860 } })

/** Ctrl+K, a few letters, Enter: how a keyboard user reaches any screen. */
async function goTo(page: Page, screen: string): Promise<void> {
  await page.keyboard.press('Control+k')
  await page.getByRole('combobox', { name: 'Go to' }).fill(screen)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: screen, exact: true })).toBeVisible()
}

async function addProduct(page: Page, code: string, name: string, price: string): Promise<void> {
  await page.getByRole('button', { name: 'New product' }).click()
  await page.getByLabel('Code', { exact: true }).fill(code)
  await page.getByLabel('Name', { exact: true }).fill(name)
  await page.getByLabel('Sales price').fill(price)
  await page.getByRole('button', { name: 'Add product' }).click()
  await expect(page.getByRole('grid', { name: 'Products' })).toContainText(name)
}

/** A saved PDF: named after the document and starting with the PDF signature. */
async function expectPdf(download: Download, number: string): Promise<void> {
  expect(download.suggestedFilename()).toContain(number)
  const path = await download.path()
  const bytes = await readFile(path)
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
}

test('a new user quotes, turns the quote into an invoice, takes part payment and sees what is owed', async ({
  page,
}) => {
  await createCompanyInWizard(page, 'Quote Shop')
  await goTo(page, 'Customers')
  await page.getByRole('link', { name: 'New customer' }).click()
  await page.getByLabel('Name', { exact: true }).fill('Acme Traders')
  await page.getByLabel('Payment terms (days)').fill('14')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByRole('heading', { name: 'Acme Traders' })).toBeVisible()
  await goTo(page, 'Products')
  await addProduct(page, 'WID', 'Blue widget', '110')

  // The quote, typed in the invoice's own line grid, issued with Ctrl+Enter.
  await goTo(page, 'Quotes')
  await page.getByRole('link', { name: 'New quote' }).click()
  await expect(page.getByRole('combobox', { name: 'Customer' })).toBeFocused()
  await page.keyboard.type('acm')
  await page.keyboard.press('Enter')
  await page.getByLabel('Date', { exact: true }).fill('2026-03-02')
  await page.getByLabel('Product, line 1').focus()
  await page.keyboard.type('blue')
  await expect(page.getByRole('listbox', { name: 'Product, line 1' })).toContainText('110.00')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Quantity, line 1')).toBeFocused()
  await page.keyboard.type('2.5')
  await page.keyboard.press('Enter')
  await expect(page.locator('[data-total="gross"]')).toHaveText('275.00')
  await page.screenshot({ path: `${SCREENSHOTS}/sales-flow-quote-form.png` })
  await page.keyboard.press('Control+Enter')
  const issued = page.getByRole('status').filter({ hasText: /Quote \S+ issued\./ })
  await expect(issued).toBeVisible()
  const quoteNumber = /Quote (\S+) issued/.exec((await issued.textContent()) ?? '')?.[1] ?? ''
  await issued.getByRole('link').click()

  await expect(page.getByRole('heading', { name: quoteNumber })).toBeVisible()
  await expect(page.getByTestId('flow-status')).toHaveText('Issued')
  const quotePdf = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Print' }).click()
  await expectPdf(await quotePdf, quoteNumber)
  await page.screenshot({ path: `${SCREENSHOTS}/sales-flow-quote.png` })
  await page.getByRole('button', { name: 'Accept into an invoice' }).click()

  // The invoice made from it, printed, then part paid.
  await expect(page.locator('[data-total="outstanding"]')).toHaveText('275.00')
  const invoiceNumber = (await page.getByRole('heading', { level: 2 }).first().textContent()) ?? ''
  const invoicePdf = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Print' }).click()
  await expectPdf(await invoicePdf, invoiceNumber)
  await page.getByRole('main').getByRole('link', { name: 'Receive payment' }).click()
  await expect(page.getByLabel('Amount received')).toBeFocused()
  await page.keyboard.type('100')
  await page.getByLabel('Amount received').press('Control+Enter')
  const recorded = page.getByRole('status').filter({ hasText: /Payment \S+ recorded/ })
  await expect(recorded).toBeVisible()
  const receiptPdf = page.waitForEvent('download')
  await recorded.getByRole('button', { name: 'Print receipt' }).click()
  const paymentNumber = /Payment (\S+) recorded/.exec((await recorded.textContent()) ?? '')?.[1]
  await expectPdf(await receiptPdf, paymentNumber ?? '')

  // What is owed, on the customer's page (with the payment listed) and in the ageing.
  await recorded.getByRole('link', { name: 'Acme Traders' }).click()
  await expect(page.getByTestId('balance-due')).toHaveText('175.00')
  const statement = page.getByRole('table', { name: 'Payments and credit notes' })
  await expect(statement.locator('tr[data-kind="payment"]')).toContainText('100.00')
  await expect(statement.locator('tr[data-kind="payment"]')).toContainText('175.00')
  await page.screenshot({ path: `${SCREENSHOTS}/sales-flow-contact.png`, fullPage: true })

  await goTo(page, 'Receivables ageing')
  const acme = page.locator('tr[data-contact="Acme Traders"]')
  await expect(acme.locator('td').last()).toHaveText('175.00')
  await page.screenshot({ path: `${SCREENSHOTS}/sales-flow-ageing.png` })

  await goTo(page, 'Quotes')
  await page.getByLabel('Open only').uncheck()
  await expect(page.locator(`tr[data-number="${quoteNumber}"]`)).toContainText('Accepted')
})

test('a cash sale at the counter from the keyboard alone', async ({ page }) => {
  await createCompanyInWizard(page, 'Counter Till')
  await goTo(page, 'Products')
  await addProduct(page, 'TEA', 'Green tea', '4.5')
  await addProduct(page, 'CUP', 'Paper cup', '0.25')

  await goTo(page, 'Cash sale')
  const search = page.getByLabel('Scan or type a code or name, then Enter')
  await expect(search).toBeFocused()
  await page.keyboard.type('tea')
  await page.keyboard.press('Enter')
  await expect(search).toHaveValue('')
  await page.keyboard.type('TEA')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Quantity of Green tea')).toHaveValue('2')

  // An unknown code is said out loud and stays in the box to be corrected.
  await page.keyboard.type('NOPE')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('alert')).toHaveText('No product “NOPE”')
  await expect(search).toHaveValue('NOPE')
  await page.keyboard.type('cup')
  await page.keyboard.press('Enter')
  await page.keyboard.type('*4')
  await expect(search).toHaveValue('*4')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Quantity of Paper cup')).toHaveValue('4')
  await expect(page.getByTestId('cash-sale-total')).toHaveText('10.00')

  // Card then back to cash, the money handed over, and Ctrl+Enter.
  await page.keyboard.press('F3')
  await expect(page.getByRole('radio', { name: /Card/ })).toHaveAttribute('aria-checked', 'true')
  await page.keyboard.press('F2')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Amount tendered')).toBeFocused()
  await page.keyboard.type('20')
  await expect(page.getByTestId('cash-sale-change')).toHaveText('10.00')
  await page.screenshot({ path: `${SCREENSHOTS}/sales-flow-cash-sale.png` })
  await page.keyboard.press('Control+Enter')
  await expect(page.getByTestId('cash-sale-done')).toContainText(/receipt \S+/)
  await expect(page.getByRole('status')).toContainText('Give 10.00 change.')
  await expect(search).toBeFocused()
  await expect(page.getByTestId('cash-sale-total')).toHaveText('0.00')
  const receipt = page.waitForEvent('download')
  await page.keyboard.press('Control+p')
  const download = await receipt
  const bytes = await readFile(await download.path())
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  await page.screenshot({ path: `${SCREENSHOTS}/sales-flow-cash-sale-done.png` })
})

test('a quote becomes an order, invoiced in two parts, and a second quote is declined', async ({
  page,
}) => {
  await createCompanyInWizard(page, 'Order Shop')
  await goTo(page, 'Customers')
  await page.getByRole('link', { name: 'New customer' }).click()
  await page.getByLabel('Name', { exact: true }).fill('Cafe Nour')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByRole('heading', { name: 'Cafe Nour' })).toBeVisible()
  await goTo(page, 'Products')
  await addProduct(page, 'BAG', 'Coffee beans', '12')

  const quote = async (quantity: string) => {
    await goTo(page, 'Quotes')
    await page.getByRole('link', { name: 'New quote' }).click()
    await page.keyboard.type('cafe')
    await expect(page.getByRole('listbox', { name: 'Customer' })).toContainText('Cafe Nour')
    await page.keyboard.press('Enter')
    await page.getByLabel('Product, line 1').focus()
    await page.keyboard.type('BAG')
    await page.keyboard.press('Enter')
    await page.keyboard.type(quantity)
    await page.keyboard.press('Enter')
    await page.keyboard.press('Control+Enter')
    const issued = page.getByRole('status').filter({ hasText: /Quote \S+ issued\./ })
    await expect(issued).toBeVisible()
    await issued.getByRole('link').click()
    await expect(page.getByTestId('flow-status')).toHaveText('Issued')
  }

  await quote('10')
  await page.getByRole('button', { name: 'Accept into an order' }).click()
  await expect(page.getByTestId('flow-status')).toHaveText('Open')
  const line = page.locator('tr[data-line="1"]')
  await expect(line.locator('[data-col="remaining"]')).toHaveText('10')
  const orderNumber = (await page.getByRole('heading', { level: 2 }).first().textContent()) ?? ''
  await page.getByRole('link', { name: 'Cafe Nour' }).click()
  const open = page.getByRole('table', { name: 'Open quotes and orders' })
  await expect(open.locator(`tr[data-number="${orderNumber}"]`)).toContainText('Open')
  await page.screenshot({ path: `${SCREENSHOTS}/sales-flow-contact-open.png`, fullPage: true })
  await open.getByRole('link', { name: orderNumber }).click()

  // More than remains is refused by the line; then 4 of the 10.
  await page.getByLabel('To invoice Coffee beans').fill('11')
  await page.getByRole('button', { name: 'Invoice these quantities' }).click()
  await expect(page.getByRole('alert')).toHaveText('A quantity from 0 up to what remains')
  await page.getByLabel('To invoice Coffee beans').fill('4')
  await page.getByRole('button', { name: 'Invoice these quantities' }).click()
  await expect(page.locator('[data-total="gross"]')).toHaveText('48.00')
  await expect(page.getByRole('main').getByRole('link', { name: /^SO-/ })).toBeVisible()
  await page.goBack()
  await expect(line.locator('[data-col="invoiced"]')).toHaveText('4')
  await expect(line.locator('[data-col="remaining"]')).toHaveText('6')
  await page.screenshot({ path: `${SCREENSHOTS}/sales-flow-order.png` })
  await page.getByRole('button', { name: 'Invoice remaining' }).click()
  await expect(page.locator('[data-total="gross"]')).toHaveText('72.00')
  await page.goBack()
  await expect(page.getByTestId('flow-status')).toHaveText('Invoiced')
  await expect(line.locator('[data-col="remaining"]')).toHaveText('0')

  await quote('2')
  await page.getByRole('button', { name: 'Decline' }).click()
  await expect(page.getByTestId('flow-status')).toHaveText('Declined')
})
