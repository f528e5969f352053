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

test('the bookkeeper adds a formula component, builds a structure and corrects a tax bracket', async ({
  page,
}) => {
  await createCompanyInWizard(page, 'Setup Works')

  // A formula component: a misspelt name is refused with the reason beside the formula.
  await goTo(page, 'Pay components')
  await page.getByRole('button', { name: 'New component' }).click()
  await expect(page.getByLabel('Code', { exact: true })).toBeFocused()
  await page.getByLabel('Code', { exact: true }).fill('OVERTIME')
  await page.getByLabel('Name', { exact: true }).fill('Overtime pay')
  await page.getByLabel('Calculated as').selectOption({ label: 'A formula' })
  const formula = page.getByLabel('Formula', { exact: true })
  await expect(page.getByRole('group', { name: 'Names a formula may use' })).toContainText(
    'overtime_hours',
  )
  await formula.fill('base / working_days / 8 * 1.5 * overtime_hourz')
  await page.keyboard.press('Control+s')
  await expect(formula).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByRole('alert')).toContainText('overtime_hourz, which is not known')
  await page.screenshot({ path: `${SCREENSHOTS}/payroll-setup-formula-refused.png` })
  // Dividing by a constant zero is refused too.
  await formula.fill('base / 0')
  await page.keyboard.press('Control+s')
  await expect(page.getByRole('alert')).toContainText('it divides by zero')
  await formula.fill('base / working_days / 8 * 1.5 * ')
  await page
    .getByRole('group', { name: 'Names a formula may use' })
    .getByRole('button', { name: 'overtime_hours' })
    .click()
  await expect(formula).toHaveValue('base / working_days / 8 * 1.5 * overtime_hours')
  await page.keyboard.press('Control+s')
  const components = page.getByRole('table', { name: 'Pay components' })
  await expect(components).toContainText('OVERTIME')
  await expect(components).toContainText('base / working_days / 8 * 1.5 * overtime_hours')
  await page.screenshot({ path: `${SCREENSHOTS}/payroll-setup-components.png`, fullPage: true })

  // A salary structure with that component.
  await goTo(page, 'Salary structures')
  await page.getByRole('button', { name: 'New structure' }).click()
  await page.getByLabel('Code', { exact: true }).fill('SHOP')
  await page.getByLabel('Name', { exact: true }).fill('Shop staff')
  await page.getByLabel('Component to add').selectOption({ label: 'OVERTIME · Overtime pay' })
  await page.getByRole('button', { name: 'Add to structure' }).click()
  await expect(page.getByRole('table', { name: 'Components, in payslip order' })).toContainText(
    'OVERTIME',
  )
  await page.keyboard.press('Control+s')
  const structures = page.getByRole('table', { name: 'Salary structures' })
  await expect(structures.locator('tr[data-code="SHOP"]')).toContainText('OVERTIME')

  // Changed later: opened from the list, renamed; runs already posted keep their payslips.
  await structures.getByRole('link', { name: 'Structure SHOP' }).click()
  await expect(page.getByRole('heading', { name: 'Structure SHOP' })).toBeVisible()
  await expect(page.getByText('posted runs keep their payslips')).toBeVisible()
  await page.getByLabel('Name', { exact: true }).fill('Shop floor staff')
  await page.keyboard.press('Control+s')
  await expect(structures.locator('tr[data-code="SHOP"]')).toContainText('Shop floor staff')

  // A deduction posted to an account the bookkeeper picks.
  await goTo(page, 'Pay components')
  await page.getByRole('button', { name: 'New component' }).click()
  await page.getByLabel('Code', { exact: true }).fill('ADVANCE')
  await page.getByLabel('Name', { exact: true }).fill('Salary advance')
  await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Deduction' })
  await page.getByLabel('Amount per period').fill('0')
  await page.getByLabel('Posted to account').selectOption({ label: '2400 Loans' })
  await page.keyboard.press('Control+s')
  await components.locator('tr[data-code="ADVANCE"]').click()
  await expect(page.getByLabel('Posted to account')).toHaveValue(/.+/)
  await expect(page.getByLabel('Posted to account').locator('option:checked')).toHaveText(
    '2400 Loans',
  )
  await page.keyboard.press('Escape')

  // A tax bracket corrected in the generic pack: a bad top is refused by its field.
  await goTo(page, 'Rule packs')
  const generic = page.locator('tr[data-code="GENERIC"]')
  await expect(generic).toContainText('Illustrative figures')
  await generic.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Rule pack GENERIC' })).toBeVisible()
  const secondTop = page.getByLabel('Tax brackets 2 up to')
  await expect(secondTop).toHaveValue('50000')
  await secondTop.fill('15000')
  await page.keyboard.press('Control+s')
  await expect(secondTop).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByRole('alert')).toContainText('Each band must end above the one before')
  await page.screenshot({ path: `${SCREENSHOTS}/payroll-setup-rule-pack.png`, fullPage: true })
  await secondTop.fill('45000')
  await page.getByLabel('Tax brackets 2 rate').fill('22.5')
  await page.keyboard.press('Control+s')
  await expect(page.getByRole('table', { name: 'Rule packs' })).toBeVisible()
  await page.getByRole('button', { name: 'Use GENERIC' }).click()
  await expect(page.getByText('New pay runs now use GENERIC.')).toBeVisible()
  await generic.click()
  await expect(page.getByLabel('Tax brackets 2 up to')).toHaveValue('45000')
  await expect(page.getByLabel('Tax brackets 2 rate')).toHaveValue('22.5')
})
