import { expect, test, type Locator, type Page } from '@playwright/test'
import { goTo, openDemoCompany } from './journeys-steps'

test.use({ viewport: { width: 1366, height: 768 } })

/** "2,817.11" or "-5.00" as cents, to add and compare what two screens show. */
const cents = (text: string) => BigInt(text.replace(/[^\d-]/g, ''))

/** The amount in a list summary part such as "Net due 2,817.11". */
async function amountIn(part: Locator): Promise<bigint> {
  const text = (await part.textContent()) ?? ''
  return cents(/-?[\d,]+\.\d\d/.exec(text)?.[0] ?? 'x')
}

/** What a list says is due: net of unapplied credit when it shows some. */
async function dueShown(page: Page): Promise<bigint> {
  const summary = page.locator('.list-summary')
  const net = summary.locator('.list-net')
  return (await net.count()) > 0 ? amountIn(net) : amountIn(summary.locator('.list-due'))
}

test('from Home, the overdue invoices and the bills to pay, filtered, tie to the ageing and the tiles', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await openDemoCompany(page)
  const figures = page.getByRole('region', { name: 'How the business is doing' })
  const overdueTile = figures.getByRole('region', { name: 'Overdue from customers' })
  const overdue = cents((await overdueTile.locator('.home-tile-value').textContent()) ?? 'x')
  expect(overdue).toBeGreaterThan(0n)

  // The tile opens the invoices, narrowed to the overdue ones, kept in the address.
  await overdueTile.getByRole('link', { name: /^Overdue from customers/ }).click()
  await expect(page.getByRole('heading', { name: 'Invoices', exact: true })).toBeVisible()
  await expect(page).toHaveURL(/#\/sales\/invoices\?status=overdue&asOf=\d{4}-\d\d-\d\d$/)
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('overdue')
  const summary = page.locator('.list-summary')
  await expect(summary).toContainText(/\d+ invoices?/)
  const count = Number(/(\d+) invoice/.exec((await summary.textContent()) ?? '')?.[1])
  expect(count).toBeGreaterThan(0)
  expect(await dueShown(page)).toBe(overdue)
  const grid = page.getByRole('grid', { name: 'Invoices' })
  const rows = grid.getByRole('row').filter({ has: page.getByRole('gridcell') })
  await expect(rows.first()).toContainText('Overdue')
  for (const badge of await grid.locator('.badge').all()) await expect(badge).toHaveText('Overdue')

  // The receivables ageing says the same: everything past its Current column.
  await goTo(page, 'Receivables ageing')
  const totals = page.locator('tfoot tr').last().locator('td')
  await expect(totals.first()).toHaveText('Total')
  const current = cents((await totals.nth(1).textContent()) || '0')
  const all = cents((await totals.last().textContent()) || '0')
  expect(all - current).toBe(overdue)

  // Back returns to the filtered list; one of the invoices opens, and Back again keeps the filter.
  await page.goBack()
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('overdue')
  await expect(summary).toContainText(`${count} invoice`)
  const number = (await rows.first().getByRole('gridcell').first().textContent()) ?? ''
  await rows.first().click()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: new RegExp(number) })).toBeVisible()
  await page.goBack()
  await expect(page).toHaveURL(/status=overdue/)
  await expect(summary).toContainText(`${count} invoice`)

  // Narrowing further by customer, typed and picked with the keyboard, keeps the standing.
  const customer = page.getByRole('combobox', { name: 'Customer', exact: true })
  const firstCustomer = (await rows.first().getByRole('gridcell').nth(3).textContent()) ?? ''
  await customer.fill(firstCustomer.slice(0, 3))
  const options = page.getByRole('listbox', { name: 'Customer' }).getByRole('option')
  await expect(options.filter({ hasText: firstCustomer })).toHaveCount(1)
  const names = await options.allTextContents()
  for (let i = 0; i < names.indexOf(firstCustomer); i++) await customer.press('ArrowDown')
  await customer.press('Enter')
  await expect(page).toHaveURL(/status=overdue.*contact=/)
  await expect(customer).toHaveValue(firstCustomer)
  for (const name of await grid.locator('.list-row [role=gridcell]:nth-child(4)').all())
    await expect(name).toHaveText(firstCustomer)

  // Opened by its address, the page shows the customer picked; Escape clears it, and Clear
  // filters shows every invoice again.
  await page.reload()
  await expect(customer).toHaveValue(firstCustomer)
  await customer.focus()
  await customer.press('Escape')
  await expect(customer).toHaveValue('')
  await expect(page).toHaveURL(/status=overdue&asOf=\d{4}-\d\d-\d\d$/)
  await expect(summary).toContainText(`${count} invoice`)
  await customer.fill(firstCustomer.slice(0, 3))
  await customer.press('Enter')
  await expect(page).toHaveURL(/contact=/)
  await page.getByRole('button', { name: 'All customers' }).click()
  await expect(customer).toHaveValue('')
  await expect(page).not.toHaveURL(/contact=/)
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(page).toHaveURL(/#\/sales\/invoices$/)
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('')

  // Bills to pay: the tile opens the unpaid bills due by its day, adding up to the same.
  await page.goto('/#/home')
  const billsTile = figures.getByRole('region', { name: 'Bills to pay' })
  const toPay = cents((await billsTile.locator('.home-tile-value').textContent()) ?? 'x')
  await billsTile.getByRole('link', { name: /^Bills to pay/ }).click()
  await expect(page.getByRole('heading', { name: 'Bills', exact: true })).toBeVisible()
  await expect(page).toHaveURL(/#\/purchases\/bills\?status=open&dueBy=\d{4}-\d\d-\d\d$/)
  await expect(page.getByRole('button', { name: /^Remove filter: Due by/ })).toBeVisible()
  await expect(summary).toContainText(/\d+ bills?/)
  expect(await dueShown(page)).toBe(toPay)
})
