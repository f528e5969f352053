import { expect, test } from '@playwright/test'
import { accountId, rpc } from './journeys-rpc'
import { SCREENSHOTS, createCompanyInWizard, goTo, typeEntry } from './journeys-steps'

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
  await goTo(page, 'New journal entry')
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

test('the general ledger: choose an account from those with entries; its opening balance, lines and closing balance fit one screen', async ({
  page,
}) => {
  test.setTimeout(60_000)
  await createCompanyInWizard(page, 'Busy Till')
  const cash = await accountId(page, '1110')
  const sales = await accountId(page, '4100')
  const capital = await accountId(page, '3100')
  const move = (date: string, reference: string, debit: string, credit: string, amount: bigint) =>
    rpc(page, 'journal.post', {
      date,
      reference,
      memo: 'Daily takings',
      lines: [
        { accountId: debit, debit: amount, credit: 0n },
        { accountId: credit, debit: 0n, credit: amount },
      ],
    })
  await move('2025-12-31', 'OPENING', cash, capital, 50000n)
  // More lines than the list reads at once (200), so the last ones come from a second page.
  for (let day = 0; day < 230; day++) {
    const date = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10)
    await move(date, `TAK-${day + 1}`, cash, sales, 1000n)
  }

  await goTo(page, 'General ledger')
  const accounts = page.getByRole('table', { name: 'All accounts with activity' })
  await expect(accounts.locator('tr[data-account="1110"]')).toContainText('2,800.00 Dr')
  await accounts.getByRole('link', { name: 'Cash on hand' }).click()
  const ledger = page.getByRole('region', { name: '1110 Cash on hand' })
  await expect(ledger.getByRole('heading')).toContainText('230 lines')
  await expect(ledger.locator('.ledger-opening')).toContainText('500.00 Dr')
  await expect(ledger.getByRole('row').filter({ hasText: 'TAK-1' }).first()).toContainText(
    '510.00 Dr',
  )
  await expect(ledger.locator('.ledger-closing')).toContainText('2,300.00')
  await expect(ledger.locator('.ledger-closing')).toContainText('2,800.00 Dr')
  // Short: the closing row is on screen with the page unscrolled; the lines scroll inside.
  const closing = await ledger.locator('.ledger-closing').boundingBox()
  expect((closing?.y ?? 0) + (closing?.height ?? 0)).toBeLessThanOrEqual(820)
  expect(await ledger.getByRole('row').count()).toBeLessThan(80)
  await page.screenshot({ path: `${SCREENSHOTS}/general-ledger-account.png` })
  // The last line, read from the second page, ends on the closing balance.
  await ledger.locator('.list-scroll').focus()
  await page.keyboard.press('End')
  await expect(ledger.getByRole('row').filter({ hasText: 'TAK-230' })).toContainText('2,800.00 Dr')

  // Every account's lines on request: the first of each, and a way into the rest.
  await page.getByRole('combobox', { name: /Account/ }).selectOption('')
  await page.getByRole('button', { name: "show every account's lines" }).click()
  await expect(page.getByRole('heading', { name: '4100 Sales' })).toBeVisible()
  await page.getByRole('link', { name: '205 more lines: open this account' }).first().click()
  await expect(ledger.getByRole('heading')).toContainText('230 lines')
})
