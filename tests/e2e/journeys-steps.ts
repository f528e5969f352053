import { expect, type Page } from '@playwright/test'

/** Steps the journeys share: what a new user does to get a company and an entry in the books. */

export const SCREENSHOTS = 'tests/e2e/screenshots'

/** Back to the first-run state: the http host keeps one session for every test in the run. */
export async function closeAnyCompany(page: Page): Promise<void> {
  const response = await page.request.post('/rpc/company.close', {
    data: {},
    headers: { 'content-type': 'application/json' },
  })
  expect(response.ok()).toBe(true)
}

/** From the start page, the demo company, landing on Home (it takes a few seconds to make). */
export async function openDemoCompany(page: Page): Promise<void> {
  await closeAnyCompany(page)
  await page.goto('/')
  await page.getByRole('button', { name: 'Create the demo company' }).click()
  await expect(page.getByRole('heading', { name: 'Home', exact: true })).toBeVisible({
    timeout: 60_000,
  })
}

/**
 * Opens the app with no company and creates one through the wizard, as a new user would; the app
 * lands on Home. A journey that types an entry next goes to New journal entry itself.
 */
export async function createCompanyInWizard(
  page: Page,
  name: string,
  options: { currency?: string } = {},
): Promise<void> {
  await closeAnyCompany(page)
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Welcome to Daftar' })).toBeVisible()
  await page.getByLabel('Company name').fill(name)
  if (options.currency) await page.getByLabel('Currency').selectOption(options.currency)
  await page.getByRole('button', { name: 'Create company' }).click()
  await expect(page.getByRole('button', { name: new RegExp(name) })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Home', exact: true })).toBeVisible()
}

export interface EntryLine {
  /** What to type in the account cell: a code or part of a name; Enter picks the first match. */
  account: string
  debit?: string
  credit?: string
}

/**
 * Types an entry from the keyboard only: Enter from field to field, autocomplete for accounts.
 * A line without an amount takes the one the form fills in to balance the entry.
 */
export async function typeEntry(
  page: Page,
  entry: { date: string; reference: string; memo: string; lines: EntryLine[] },
): Promise<void> {
  const date = page.getByLabel('Date', { exact: true })
  await date.fill(entry.date)
  await date.press('Enter')
  await expect(page.getByLabel('Reference')).toBeFocused()
  await page.keyboard.type(entry.reference)
  await page.keyboard.press('Enter')
  await page.keyboard.type(entry.memo)
  await page.keyboard.press('Enter')
  for (const [index, line] of entry.lines.entries()) {
    const n = index + 1
    await expect(page.getByLabel(`Account, line ${n}`)).toBeFocused()
    await page.keyboard.type(line.account)
    await expect(page.getByRole('listbox', { name: `Account, line ${n}` })).toBeVisible()
    await page.keyboard.press('Enter')
    if (line.debit) {
      await expect(page.getByLabel(`Debit, line ${n}`)).toBeFocused()
      await page.keyboard.type(line.debit)
      await page.keyboard.press('Enter')
    } else if (line.credit) {
      // The form may have filled the balancing credit and gone there; from an empty debit,
      // Enter moves on to the credit. Typing replaces whatever was filled in.
      const debit = page.getByLabel(`Debit, line ${n}`)
      if (await debit.evaluate((element) => element === document.activeElement))
        await page.keyboard.press('Enter')
      await expect(page.getByLabel(`Credit, line ${n}`)).toBeFocused()
      await page.keyboard.type(line.credit)
      await page.keyboard.press('Enter')
    } else {
      await page.keyboard.press('Enter')
    }
    await expect(page.getByLabel(`Memo, line ${n}`)).toBeFocused()
    if (index < entry.lines.length - 1) await page.keyboard.press('Enter')
  }
}

/** Ctrl+K, the screen's name, Enter: how a keyboard user reaches any screen. */
export async function goTo(page: Page, screen: string): Promise<void> {
  await page.keyboard.press('Control+k')
  await page.getByRole('combobox', { name: 'Go to' }).fill(screen)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: screen, exact: true })).toBeVisible()
}
