import { expect, test } from '@playwright/test'
import { openDemoCompany } from './journeys-steps'

test.use({ viewport: { width: 1366, height: 768 } })

test('the demo company opens on Home: the figures fit the window, the owed tile opens the ageing', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await openDemoCompany(page)
  await expect(page.getByRole('link', { name: 'Home', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  )

  // Every tile is in the window at 1366x768 without scrolling.
  const figures = page.getByRole('region', { name: 'How the business is doing' })
  const tiles = figures.getByRole('region')
  await expect(tiles).toHaveCount(8)
  for (const tile of await tiles.all()) {
    const box = await tile.boundingBox()
    expect(box && box.y + box.height).toBeLessThanOrEqual(768)
  }

  // The demo's customers owe money, some of it late; the most late is named on the tile.
  const owed = figures.getByRole('region', { name: 'Customers owe you' })
  const owedAmount = (await owed.locator('.home-tile-value').textContent()) ?? ''
  expect(owedAmount).toMatch(/^[1-9][\d,]*\.\d\d$/)
  const overdue = figures.getByRole('region', { name: 'Overdue from customers' })
  await expect(overdue).toContainText(/customers? (is|are) late/)
  const mostLate = (await overdue.locator('.home-tile-line span').first().textContent()) ?? ''
  expect(mostLate).not.toBe('')
  // The demo trades up to today: a new user's first look shows today's and this month's sales.
  for (const name of ['Sales today', 'Sales this month'])
    await expect(figures.getByRole('region', { name }).locator('.home-tile-value')).toHaveText(
      /^[1-9][\d,]*\.\d\d$/,
    )
  const cash = figures.getByRole('region', { name: 'Cash and bank' })
  await expect(cash.getByRole('link', { name: /1120 Bank account/ })).toBeVisible()
  await expect(
    page.getByRole('table', { name: 'Latest posted documents' }).getByRole('row'),
  ).toHaveCount(11)

  // The owed tile explains itself: the receivables ageing, the same total owed, the late payer.
  // (The overdue tile opens the overdue invoices: journeys-lists.spec.ts.)
  await owed.getByRole('link', { name: /^Customers owe you/ }).click()
  await expect(page.getByRole('heading', { name: 'Receivables ageing' })).toBeVisible()
  const ageing = page.locator('.content')
  await expect(ageing).toContainText(owedAmount)
  await expect(ageing).toContainText(mostLate)

  // Back home, a quick action starts the day's work.
  await page.goBack()
  await page
    .getByRole('navigation', { name: 'Quick actions' })
    .getByRole('link', { name: 'Cash sale' })
    .click()
  await expect(page.getByRole('heading', { name: 'Cash sale', exact: true })).toBeVisible()
})
