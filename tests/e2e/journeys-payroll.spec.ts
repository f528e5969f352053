import fs from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { SCREENSHOTS, createCompanyInWizard } from './journeys-steps'

test.use({ viewport: { width: 1440, height: 900 } })

/** Ctrl+K, a few letters, Enter: how a keyboard user reaches any screen. */
async function goTo(page: Page, screen: string): Promise<void> {
  await page.keyboard.press('Control+k')
  await page.getByRole('combobox', { name: 'Go to' }).fill(screen)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: screen, exact: true })).toBeVisible()
}

test('the bookkeeper adds an employee, runs, reviews and posts a month, and opens a payslip', async ({
  page,
}) => {
  await createCompanyInWizard(page, 'Payroll Works')

  // The first employee: a department made from inside the form, the standard structure.
  await goTo(page, 'Employees')
  await page.getByRole('button', { name: 'New employee' }).click()
  await expect(page.getByLabel('Code', { exact: true })).toBeFocused()
  await page.getByLabel('Code', { exact: true }).fill('E001')
  await page.getByLabel('Name', { exact: true }).fill('Lan Tran')
  await page.getByLabel('Department code').fill('OPS')
  await page.getByLabel('Department name').fill('Operations')
  await page.getByRole('button', { name: 'Add department' }).click()
  await expect(page.getByLabel('Department', { exact: true })).toContainText('OPS · Operations')
  await page.getByLabel('Start date').fill('2025-01-01')
  await page.getByLabel('Bank', { exact: true }).fill('City Bank')
  await page.getByLabel('Bank account').fill('0011-2233')
  await page.getByLabel('Structure').selectOption({ label: 'STANDARD · Standard salary' })
  await page.getByLabel('Effective from').fill('2025-01-01')
  await page.getByLabel('Base salary per period').fill('4,000')
  await page.keyboard.press('Control+s')
  // A bad base is refused beside its field; the employee itself is saved.
  await expect(page.getByLabel('Base salary per period')).toHaveAttribute('aria-invalid', 'true')
  await page.getByLabel('Base salary per period').fill('4000')
  await page.keyboard.press('Control+s')
  await expect(page.getByRole('table', { name: 'Employees' })).toContainText('Lan Tran')
  // The employee's page shows the structure history with its dates.
  await page.locator('tr[data-code="E001"]').click()
  const history = page.getByRole('region', { name: 'Salary structure history' })
  await expect(history.locator('tr[data-structure="STANDARD"]')).toContainText('Standard salary')
  await expect(history.locator('tr[data-structure="STANDARD"]')).toContainText('Now')

  // A month's run: inputs typed in the grid, calculated, reviewed, posted.
  await goTo(page, 'Pay runs')
  await page.getByLabel('Month').fill('2026-03')
  await page.getByRole('button', { name: 'New pay run' }).click()
  await expect(page.getByRole('heading', { name: /^Pay run PR-/ })).toBeVisible()
  await page.getByLabel('E001 Overtime (hours)').fill('x')
  await page.getByRole('button', { name: 'Save inputs' }).click()
  await expect(page.getByLabel('E001 Overtime (hours)')).toHaveAttribute('aria-invalid', 'true')
  await page.getByLabel('E001 Overtime (hours)').fill('4')
  await page.getByRole('button', { name: 'Save inputs' }).click()
  await expect(page.getByText('Saved inputs for 1 employee')).toBeVisible()
  // The same from CSV: checked first, every bad line listed, then imported whole.
  const header = 'employee,days_worked,unpaid_leave_days,overtime_hours'
  const csvBox = page.getByRole('textbox', { name: /^Columns:/ })
  await csvBox.fill(`${header}\nE001,,,lots\n`)
  await page.getByRole('button', { name: 'Check' }).click()
  await expect(page.locator('.import-problems')).toContainText('Line 2')
  await expect(page.getByRole('button', { name: 'Import CSV' })).toBeDisabled()
  await csvBox.fill(`${header}\nE001,,,4\n`)
  await page.getByRole('button', { name: 'Check' }).click()
  await expect(page.getByText('1 row is ready to import')).toBeVisible()
  await page.getByRole('button', { name: 'Import CSV' }).click()
  await expect(page.getByText('Imported 1 row')).toBeVisible()
  await expect(page.getByLabel('E001 Overtime (hours)')).toHaveValue('4')
  await page.getByRole('button', { name: 'Calculate' }).click()
  await expect(page.getByText('Calculated 1 payslip')).toBeVisible()
  const review = page.getByRole('region', { name: 'Review' })
  await expect(review.locator('tr[data-employee="E001"]')).toContainText('Lan Tran')
  await expect(review).toContainText('No earlier run to compare with')
  await page.screenshot({ path: `${SCREENSHOTS}/payroll-review.png`, fullPage: true })
  await page.getByRole('button', { name: 'Post', exact: true }).click()
  await expect(page.getByText('Posted to the ledger')).toBeVisible()
  await expect(page.locator('[data-status]')).toHaveText('Posted')
  // Paid from the bank, and the bank's transfer file.
  await page.getByLabel('Pay from').selectOption({ label: '1120 · Bank account' })
  await page.getByRole('button', { name: 'Pay', exact: true }).click()
  await expect(page.locator('[data-status]')).toHaveText('Paid')
  const csv = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Bank transfer CSV' }).click()
  const file = await csv
  expect(file.suggestedFilename()).toMatch(/^PR-.*-bank\.csv$/)
  const text = fs.readFileSync(await file.path(), 'utf8')
  expect(text).toContain('E001,Lan Tran,City Bank,0011-2233,3482.42')

  // The payslip, and its PDF.
  await review.locator('tr[data-employee="E001"]').focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: /^Payslip Lan Tran/ })).toBeVisible()
  await expect(page.locator('.payslip-table')).toContainText('Basic salary')
  await expect(page.locator('.payslip-table')).toContainText('Overtime')
  await page.screenshot({ path: `${SCREENSHOTS}/payroll-payslip.png`, fullPage: true })
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'PDF' }).click()
  expect((await download).suggestedFilename()).toBe('E001.pdf')

  // The payroll register: the header names it, and it opens on the posted run's month.
  await goTo(page, 'Payroll register')
  await expect(page.locator('.page-title')).toHaveText('Payroll register')
  await expect(page.getByLabel('From')).toHaveValue('2026-03-01')
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('2026-03-31')
  await expect(page.locator('.report-table')).toContainText('E001')
  await expect(page.locator('.report-table')).toContainText('3,482.42')
  await page.screenshot({ path: `${SCREENSHOTS}/payroll-register.png`, fullPage: true })
  // Its CSV, as the CLI writes it.
  const exported = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  const register = await exported
  expect(register.suggestedFilename()).toBe('payroll-register-2026-03-01-2026-03-31.csv')
  const lines = fs.readFileSync(await register.path(), 'utf8').split('\n')
  expect(lines[0]).toBe(
    'run,period_end,code,name,department,gross,deductions,income_tax,employee_contributions,employer_contributions,net',
  )
  expect(lines[1]).toMatch(/^PR-.*,2026-03-31,E001,Lan Tran,OPS,.*,3482\.42$/)
  // A month with no run says so rather than showing a table of zeros.
  await page.getByLabel('From').fill('2026-05-01')
  await page.getByLabel('To', { exact: true }).fill('2026-05-31')
  await expect(page.getByText('No posted pay run ends in this range')).toBeVisible()
  await expect(page.locator('.report-table')).toHaveCount(0)
  // The liabilities report is named in the header too, and opens on the same month.
  await goTo(page, 'Tax and insurance liabilities')
  await expect(page.locator('.page-title')).toHaveText('Tax and insurance liabilities')
  await expect(page.locator('.report-table')).toContainText('2026-03-31')
})
