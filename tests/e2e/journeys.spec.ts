import { expect, test } from '@playwright/test'
import {
  SCREENSHOTS,
  closeAnyCompany,
  createCompanyInWizard,
  goTo,
  typeEntry,
} from './journeys-steps'

test.use({ viewport: { width: 1366, height: 820 } })

test('a new user creates a company in the wizard; mistakes show next to the field', async ({
  page,
}) => {
  await closeAnyCompany(page)
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Welcome to Daftar' })).toBeVisible()
  await page.screenshot({ path: `${SCREENSHOTS}/wizard.png` })

  await page.getByRole('button', { name: 'Create company' }).click()
  const name = page.getByLabel('Company name')
  await expect(name).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByRole('alert')).toHaveText('Give the company a name')

  await name.fill('Wizard Trading')
  await page.getByLabel('Currency').selectOption('KWD')
  await page.getByLabel('Fiscal year starts in').selectOption({ label: 'April' })
  await page.getByRole('button', { name: 'Create company' }).click()

  await expect(page.getByRole('button', { name: /Wizard Trading\s*KWD/ })).toBeVisible()
  await page.getByRole('link', { name: 'Chart of accounts' }).click()
  await expect(page.getByText('36 accounts')).toBeVisible()
})

test('a balanced entry posted from the keyboard reaches the trial balance, ledger and back', async ({
  page,
}) => {
  await createCompanyInWizard(page, 'Keyboard Shop')
  await goTo(page, 'New journal entry')
  await typeEntry(page, {
    date: '2026-03-15',
    reference: 'INV-1001',
    memo: 'Cash sale',
    lines: [{ account: '111', debit: '1234.5' }, { account: 'sal' }],
  })
  await expect(page.getByLabel('Account, line 1')).toHaveValue('1110 Cash on hand')
  await expect(page.getByLabel('Debit, line 1')).toHaveValue('1,234.50')
  await expect(page.getByLabel('Account, line 2')).toHaveValue('4100 Sales')
  await expect(page.getByLabel('Credit, line 2')).toHaveValue('1,234.50')
  await expect(page.getByTestId('difference')).toHaveText('Balanced')
  await page.screenshot({ path: `${SCREENSHOTS}/journal-entry.png` })

  await page.keyboard.press('Control+Enter')
  const posted = page.getByRole('status').filter({ hasText: /Posted JE-/ })
  await expect(posted).toBeVisible()
  const number = /Posted (\S+)\./.exec((await posted.textContent()) ?? '')?.[1] ?? ''
  expect(number).toMatch(/^JE-/)
  await expect(page.getByLabel('Reference')).toHaveValue('')
  await expect(page.getByLabel('Account, line 1')).toHaveValue('')

  await page.getByRole('link', { name: 'Trial balance' }).click()
  await page.getByLabel('As of').fill('2026-12-31')
  const cash = page.locator('tr[data-account="1110"]')
  const sales = page.locator('tr[data-account="4100"]')
  await expect(cash).toContainText('Cash on hand')
  await expect(cash.locator('td').nth(2)).toHaveText('1,234.50')
  await expect(sales.locator('td').nth(3)).toHaveText('1,234.50')
  await expect(page.locator('tfoot')).toContainText('1,234.50')
  await page.screenshot({ path: `${SCREENSHOTS}/trial-balance.png` })

  await sales.getByRole('link', { name: 'Sales' }).click()
  await expect(page.getByRole('heading', { name: 'General ledger', exact: true })).toBeVisible()
  await expect(page.getByRole('heading', { name: '4100 Sales' })).toBeVisible()
  const ledger = page.getByRole('region', { name: '4100 Sales' })
  await expect(ledger.getByText('Opening balance')).toBeVisible()
  const line = ledger.getByRole('row').filter({ hasText: 'INV-1001' })
  await expect(line).toContainText('Cash sale')
  await expect(line).toContainText('1,234.50 Cr')
  await expect(ledger.locator('.ledger-closing')).toContainText('1,234.50 Cr')
  await page.screenshot({ path: `${SCREENSHOTS}/general-ledger.png` })

  await line.getByRole('link', { name: number }).click()
  await expect(page.getByRole('heading', { name: number })).toBeVisible()
  await expect(page.getByText('Posted', { exact: true })).toBeVisible()
  await expect(page.locator('tbody')).toContainText('1110 Cash on hand')
  await expect(page.locator('tbody')).toContainText('4100 Sales')
  await page.screenshot({ path: `${SCREENSHOTS}/journal-entry-detail.png` })

  await page.goBack()
  await expect(page.getByRole('heading', { name: '4100 Sales' })).toBeVisible()
})

test('an unbalanced entry shows the difference and the engine refuses it', async ({ page }) => {
  await createCompanyInWizard(page, 'Unbalanced Shop')
  await goTo(page, 'New journal entry')
  await typeEntry(page, {
    date: '2026-04-02',
    reference: 'BILL-7',
    memo: 'Rent, paid in part',
    lines: [
      { account: 'rent', debit: '100' },
      { account: '1120', credit: '60' },
    ],
  })
  await expect(page.getByTestId('difference')).toHaveText('Difference 40.00')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByRole('alert')).toContainText(
    'Debits 100.00 and credits 60.00 do not balance',
  )
  await expect(page.getByText(/Posted JE-/)).toHaveCount(0)

  // A cell with more decimals than the currency has is refused where it is, before sending.
  const debit = page.getByLabel('Debit, line 1')
  await debit.fill('1.234')
  await page.keyboard.press('Control+Enter')
  await expect(debit).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText('At most 2 decimals in this currency')).toBeVisible()
  await expect(debit).toBeFocused()

  await page.getByRole('link', { name: 'Journal', exact: true }).click()
  await expect(page.getByText('0 entries')).toBeVisible()
})

test('the journal list shows posted entries, filters them and opens one from the keyboard', async ({
  page,
}) => {
  await createCompanyInWizard(page, 'List Shop')
  await goTo(page, 'New journal entry')
  for (const [reference, amount] of [
    ['INV-1', '10'],
    ['INV-2', '20'],
  ] as const) {
    await typeEntry(page, {
      date: '2026-05-0' + reference.slice(-1),
      reference,
      memo: `Sale ${reference}`,
      lines: [{ account: '1110', debit: amount }, { account: '4100' }],
    })
    await page.keyboard.press('Control+Enter')
    await expect(page.getByText(/Posted JE-/)).toBeVisible()
  }

  await page.keyboard.press('Control+k')
  await page.getByRole('combobox', { name: 'Go to' }).fill('journal')
  // The screen whose name starts with what was typed comes first.
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Journal', exact: true })).toBeVisible()
  await expect(page.getByText('2 entries')).toBeVisible()
  const rows = page.locator('.list-scroll [role="row"]')
  await expect(rows.first()).toContainText('INV-2')
  await expect(rows.nth(1)).toContainText('INV-1')
  await expect(rows.nth(1)).toContainText('10.00')
  await page.screenshot({ path: `${SCREENSHOTS}/journal-list.png` })

  await page.getByRole('grid').locator('.list-scroll').focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: /^JE-/ })).toBeVisible()
  await expect(page.getByText('Sale INV-1')).toBeVisible()
  await page.goBack()

  await page.getByLabel('Search number, reference, memo').fill('INV-2')
  await expect(page.getByText('1 entry')).toBeVisible()
  await expect(rows.first()).toContainText('INV-2')
  await expect(page).toHaveURL(/q=INV-2/)
})

test('the README screenshot: an entry typed from the keyboard, autocomplete open', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 560 })
  await createCompanyInWizard(page, 'Sunrise Trading')
  await goTo(page, 'New journal entry')
  await typeEntry(page, {
    date: '2026-06-12',
    reference: 'BILL-2041',
    memo: 'Shop fit-out, paid from the bank',
    lines: [
      { account: 'ban', credit: '5165.40' },
      { account: 'equip', debit: '4800' },
    ],
  })
  await page.keyboard.type('Shelving and counter')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Account, line 3')).toBeFocused()
  await page.keyboard.type('offi')
  await expect(page.getByRole('option', { name: /6400 Office supplies/ })).toBeVisible()
  await expect(page.getByTestId('difference')).toHaveText('Difference -365.40')
  // The README's picture is refreshed on request only, so a test run leaves the checkout clean.
  const target = process.env.UPDATE_README_SCREENSHOT
    ? 'docs/screenshot.png'
    : `${SCREENSHOTS}/readme.png`
  await page.screenshot({ path: target })
})
