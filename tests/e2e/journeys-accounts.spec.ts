import { expect, test } from '@playwright/test'
import { SCREENSHOTS, createCompanyInWizard, typeEntry } from './journeys-steps'

test.use({ viewport: { width: 1366, height: 820 } })

test('the chart of accounts: add a sub-account, refuse a duplicate, archive what is used', async ({
  page,
}) => {
  await createCompanyInWizard(page, 'Chart Shop')
  await page.getByRole('link', { name: 'Chart of accounts' }).click()
  const cashAndBank = page.locator('tr[data-account="1100"]')
  await cashAndBank.hover()
  await cashAndBank.getByRole('button', { name: 'Add sub-account' }).click()
  await expect(page.getByLabel('Parent')).toHaveValue(/.+/)
  await page.getByLabel('Code').fill('1130')
  await page.getByLabel('Name').fill('Petty cash')
  await page.getByRole('button', { name: 'Add account' }).click()
  const petty = page.locator('tr[data-account="1130"]')
  await expect(petty).toContainText('Petty cash')
  await expect(page.locator('tbody tr').nth(4)).toHaveAttribute('data-account', '1130')

  await page.getByRole('button', { name: 'New account' }).click()
  await page.getByLabel('Code').fill('1130')
  await page.getByLabel('Name').fill('Another')
  await page.getByRole('button', { name: 'Add account' }).click()
  await expect(page.getByLabel('Code')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText('Account code 1130 is already used by Petty cash')).toBeVisible()
  await page.getByRole('button', { name: 'Cancel' }).click()
  await page.screenshot({ path: `${SCREENSHOTS}/chart-of-accounts.png` })

  await page.getByRole('link', { name: 'New journal entry' }).click()
  await typeEntry(page, {
    date: '2026-01-05',
    reference: 'CAP-1',
    memo: 'Float for the till',
    lines: [{ account: '1130', debit: '50' }, { account: 'capital' }],
  })
  await page.keyboard.press('Control+Enter')
  await expect(page.getByText(/Posted JE-/)).toBeVisible()

  await page.getByRole('link', { name: 'Chart of accounts' }).click()
  await petty.hover()
  await petty.getByRole('button', { name: 'Delete' }).click()
  await expect(petty.getByRole('alert')).toHaveText('Account 1130 has entries: archive it instead')
  await petty.getByRole('button', { name: 'Archive' }).click()
  await expect(petty).toHaveClass(/archived/)
  await expect(petty).toContainText('Archived')
  await page.getByLabel('Hide archived accounts').check()
  await expect(petty).toHaveCount(0)

  await page.getByRole('link', { name: 'New journal entry' }).click()
  await page.getByLabel('Account, line 1').fill('113')
  await expect(page.getByRole('listbox', { name: 'Account, line 1' })).toHaveText(
    'No account matches',
  )
})

test('a draft saved with Ctrl+S is posted from its page, then reversed', async ({ page }) => {
  await createCompanyInWizard(page, 'Draft Shop')
  await typeEntry(page, {
    date: '2026-02-10',
    reference: 'RENT-FEB',
    memo: 'February rent',
    lines: [{ account: 'rent', debit: '900' }, { account: 'bank' }],
  })
  await page.keyboard.press('Control+s')
  await expect(page.getByText('Draft saved.')).toBeVisible()

  await page.getByRole('link', { name: 'Journal', exact: true }).click()
  const row = page.locator('.list-scroll [role="row"]').first()
  await expect(row).toContainText('RENT-FEB')
  await expect(row).toContainText('Draft')
  await row.click()
  await expect(page.getByRole('heading', { name: 'Draft entry' })).toBeVisible()
  await page.getByRole('button', { name: 'Post', exact: true }).click()
  const number = page.getByRole('heading', { name: /^JE-/ })
  await expect(number).toBeVisible()
  const original = (await number.textContent()) ?? ''

  await page.getByRole('button', { name: 'Reverse' }).click()
  await page.getByLabel('Reverse on').fill('2026-02-28')
  await page.getByRole('button', { name: 'Post the reversal' }).click()
  await expect(page.getByText('This entry reverses')).toBeVisible()
  await expect(page.getByRole('link', { name: original })).toBeVisible()
  await page.getByRole('link', { name: original }).click()
  await expect(page.getByText('Reversed by')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Reverse' })).toHaveCount(0)
})

test('Ctrl+K reaches reports and account ledgers by name; the switcher closes the company', async ({
  page,
}) => {
  await createCompanyInWizard(page, 'Palette Shop')
  await page.keyboard.press('Control+k')
  const palette = page.getByRole('combobox', { name: 'Go to' })
  await palette.fill('balance sheet')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Balance sheet' })).toBeVisible()
  await expect(page).toHaveURL(/#\/reports\/balance-sheet/)

  await page.keyboard.press('Control+k')
  await palette.fill('utilit')
  await expect(page.getByRole('option', { name: /6300 Utilities/ })).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'General ledger' })).toBeVisible()
  const account = page.getByRole('combobox', { name: /Account/ })
  await expect(account.locator('option:checked')).toHaveText('6300 Utilities')
  await expect(page.getByText('No entries for this account in this period.')).toBeVisible()

  await page.getByRole('button', { name: /Palette Shop/ }).click()
  await page.getByRole('menuitem', { name: 'Close company' }).click()
  await expect(page.getByRole('heading', { name: 'Welcome to Daftar' })).toBeVisible()
  await page.getByRole('button', { name: /Palette Shop/ }).click()
  await expect(page.getByRole('button', { name: /Palette Shop\s*USD/ })).toBeVisible()
})
