import { expect, test } from '@playwright/test'
import { SCREENSHOTS, createCompanyInWizard, goTo, typeEntry } from './journeys-steps'

test.use({ viewport: { width: 1366, height: 820 } })

test('a lock date set in company settings refuses an entry dated on or before it', async ({
  page,
}) => {
  await createCompanyInWizard(page, 'Locked Shop')
  await page.getByRole('link', { name: 'Company settings' }).click()
  await expect(page.getByRole('heading', { name: 'Company settings' })).toBeVisible()
  const facts = page.getByRole('region', { name: 'Company', exact: true })
  await expect(facts.getByText('Locked Shop', { exact: true })).toBeVisible()
  await expect(facts.getByText('USD · US dollar')).toBeVisible()
  await expect(facts.getByText('2 decimals')).toBeVisible()
  await expect(facts.getByText('January 1')).toBeVisible()
  await expect(facts.getByText(/\.daftar$/)).toBeVisible()
  await expect(page.getByText('Nothing can be posted on or before this date.')).toBeVisible()
  await expect(page.getByText('The books are not locked')).toBeVisible()

  const lock = page.getByLabel('Lock the books up to')
  await page.getByRole('button', { name: 'Set lock date' }).click()
  await expect(lock).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByRole('alert')).toHaveText('Choose a date, or remove the lock')
  await lock.fill('2026-03-31')
  await page.getByRole('button', { name: 'Set lock date' }).click()
  await expect(
    page.getByText('Locked. Nothing can be posted on or before Mar 31, 2026.'),
  ).toBeVisible()
  await page.screenshot({ path: `${SCREENSHOTS}/company-settings.png` })

  await page.keyboard.press('Control+k')
  await page.getByRole('combobox', { name: 'Go to' }).fill('new journal')
  await page.keyboard.press('Enter')
  await typeEntry(page, {
    date: '2026-03-31',
    reference: 'LATE-1',
    memo: 'Forgotten March rent',
    lines: [{ account: 'rent', debit: '900' }, { account: 'bank' }],
  })
  await page.keyboard.press('Control+Enter')
  const date = page.getByLabel('Date', { exact: true })
  await expect(date).toHaveAttribute('aria-invalid', 'true')
  await expect(date).toBeFocused()
  const dateError = page.locator('.entry-head .field-error')
  await expect(dateError).toHaveText(
    'The books are locked up to 2026-03-31; 2026-03-31 is on or before that',
  )
  await page.screenshot({ path: `${SCREENSHOTS}/journal-entry-locked.png` })

  await date.fill('2026-04-01')
  await expect(dateError).toHaveCount(0)
  await page.keyboard.press('Control+Enter')
  await expect(page.getByText(/Posted JE-/)).toBeVisible()

  await page.keyboard.press('Control+k')
  await page.getByRole('combobox', { name: 'Go to' }).fill('settings')
  await page.keyboard.press('Enter')
  await expect(
    page.getByText('The books are locked up to and including Mar 31, 2026.'),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Remove the lock' }).click()
  await expect(page.getByText('The lock is removed')).toBeVisible()
  await expect(lock).toHaveValue('')
  await expect(page.getByRole('button', { name: 'Remove the lock' })).toHaveCount(0)
})

const BAD_JOURNAL = [
  'date,reference,account,debit,credit,memo',
  '2026-02-01,OPEN-1,1120,5000,,Opening bank balance',
  '2026-02-01,OPEN-1,3199,,5000,Opening bank balance',
  '2026-02-28,RENT-FEB,6100,900,,February rent',
  '2026-02-28,RENT-FEB,11x,,900,February rent',
].join('\n')

test('a journal CSV with two bad lines is refused line by line, then imported once fixed', async ({
  page,
}) => {
  await createCompanyInWizard(page, 'Import Shop')
  await page.keyboard.press('Control+k')
  await page.getByRole('combobox', { name: 'Go to' }).fill('import')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Import' })).toBeVisible()
  await page.getByLabel('Chart of accounts').check()
  const accountsHelp = page.getByRole('complementary', { name: 'Chart of accounts' })
  await expect(accountsHelp).toContainText('code,name,type,parent')
  await page.getByLabel('Journal entries').check()
  await expect(page).toHaveURL(/#\/import\?kind=journal/)
  const help = page.getByRole('complementary', { name: 'Journal entries' })
  await expect(help).toContainText('date,reference,account,debit,credit,memo')

  const importButton = page.getByRole('button', { name: 'Import', exact: true })
  const text = page.getByLabel('Or paste the CSV text')
  await text.fill(BAD_JOURNAL)
  await expect(importButton).toBeDisabled()
  await text.press('Control+Enter')
  await expect(page.getByText('2 problems found; nothing was imported.')).toBeVisible()
  const problems = page.locator('.import-problems-table tbody tr')
  await expect(problems).toHaveCount(2)
  await expect(problems.nth(0).locator('td')).toHaveText([
    '3',
    'account',
    'No account has the code 3199',
  ])
  await expect(problems.nth(1).locator('td')).toHaveText([
    '5',
    'account',
    'No account has the code 11x',
  ])
  await expect(importButton).toBeDisabled()
  await page.screenshot({ path: `${SCREENSHOTS}/import-problems.png` })

  await page.getByRole('link', { name: 'Journal', exact: true }).click()
  await expect(page.getByText('No entries match.')).toBeVisible()
  await page.goBack()

  // A file picked from disk goes through the same check.
  await page.getByLabel('CSV file').setInputFiles({
    name: 'journal.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(BAD_JOURNAL.replace('3199', '3100').replace('11x', '1120')),
  })
  await expect(page.getByLabel('Or paste the CSV text')).toHaveValue(/3100/)
  await expect(page.getByText('Read from journal.csv')).toBeVisible()
  await expect(importButton).toBeDisabled()
  await page.getByRole('button', { name: 'Check the file' }).click()
  await expect(
    page.getByText('No problems in 4 rows: 2 entries would be posted. Nothing is imported'),
  ).toBeVisible()
  await expect(importButton).toBeEnabled()
  await page.screenshot({ path: `${SCREENSHOTS}/import-clean.png` })

  // Editing the text after a clean check asks for another check.
  await text.press('End')
  await text.press('Space')
  await expect(importButton).toBeDisabled()
  await text.press('Backspace')
  await page.getByRole('button', { name: 'Check the file' }).click()
  await expect(importButton).toBeEnabled()
  await importButton.click()
  await expect(page.getByText('Imported: 2 entries posted.')).toBeVisible()
  await expect(importButton).toBeDisabled()

  await page.getByRole('link', { name: 'Open the journal' }).click()
  const rows = page.locator('.list-scroll [role="row"]')
  await expect(rows).toHaveCount(2)
  await expect(rows.filter({ hasText: 'RENT-FEB' })).toContainText('900.00')
  await expect(rows.filter({ hasText: 'OPEN-1' })).toContainText('5,000.00')

  await page.getByRole('link', { name: 'Trial balance' }).click()
  await page.getByLabel('As of').fill('2026-02-28')
  await expect(page.locator('tr[data-account="1120"] td').nth(2)).toHaveText('4,100.00')
  await expect(page.locator('tr[data-account="3100"] td').nth(3)).toHaveText('5,000.00')
  await expect(page.locator('tr[data-account="6100"] td').nth(2)).toHaveText('900.00')
  await expect(page.locator('tfoot')).toContainText('5,000.00')
})

test('a clerk moving from another system imports the item list, then its opening stock', async ({
  page,
}) => {
  await createCompanyInWizard(page, 'Stock Import Shop')
  await goTo(page, 'Import')
  await page.getByLabel('Stocked items').check()
  await expect(page).toHaveURL(/#\/import\?kind=items/)
  const itemsHelp = page.getByRole('complementary', { name: 'Stocked items' })
  await expect(itemsHelp.locator('.import-columns-required')).toHaveText('codename')
  await expect(itemsHelp.locator('.import-columns-optional')).toContainText('barcodes')
  const importButton = page.getByRole('button', { name: 'Import', exact: true })
  await itemsHelp.getByRole('button', { name: 'Paste the example' }).click()
  await page.getByRole('button', { name: 'Check the file' }).click()
  await expect(page.getByText('Rows checked: 2; items to create or update: 2.')).toBeVisible()
  await importButton.click()
  await expect(page.getByText('Imported. Items created or updated: 2.')).toBeVisible()

  // Opening stock: a warehouse that does not exist and a lot left out are named, line by line.
  await page.getByLabel('Opening stock', { exact: true }).check()
  await expect(page).toHaveURL(/#\/import\?kind=opening-stock/)
  const help = page.getByRole('complementary', { name: 'Opening stock' })
  await expect(help.locator('.import-columns-required')).toHaveText(
    'itemwarehousequantityunit_cost',
  )
  const text = page.getByLabel('Or paste the CSV text')
  await text.fill(
    [
      'item,warehouse,quantity,unit_cost,lot',
      'W1,MAIN,40,7.00,',
      'W1,ATTIC,3,7.00,',
      'MILK,MAIN,24,0.80,',
    ].join('\n'),
  )
  await text.press('Control+Enter')
  await expect(page.getByText('2 problems found; nothing was imported.')).toBeVisible()
  const problems = page.locator('.import-problems-table tbody tr')
  await expect(problems.nth(0).locator('td')).toHaveText([
    '3',
    'warehouse',
    'No warehouse has the code ATTIC',
  ])
  await expect(problems.nth(1).locator('td')).toHaveText([
    '4',
    'lot',
    'MILK is tracked by lot: give the lot number',
  ])
  await expect(importButton).toBeDisabled()

  await help.getByRole('button', { name: 'Paste the example' }).click()
  await page.getByRole('button', { name: 'Check the file' }).click()
  await expect(
    page.getByText('opening stock documents to post: 1, with 2 stock moves worth 299.20.'),
  ).toBeVisible()
  await importButton.click()
  await expect(
    page.getByText('Imported. Opening stock documents posted: 1, with 2 stock moves worth 299.20.'),
  ).toBeVisible()
  await page.screenshot({ path: `${SCREENSHOTS}/import-opening-stock.png` })

  await page.getByRole('link', { name: 'See them on the items list' }).click()
  await expect(page.getByRole('heading', { name: 'Items', exact: true })).toBeVisible()
  const items = page.getByRole('grid', { name: 'Items' })
  await expect(items.getByRole('row', { name: /W1/ })).toContainText('40 pc')
  await expect(items.getByRole('row', { name: /MILK/ })).toContainText('24 bottle')
})
