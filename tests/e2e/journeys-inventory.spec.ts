import { expect, test } from '@playwright/test'
import { openIssuedSalesOrder, rpc } from './journeys-rpc'
import { SCREENSHOTS, createCompanyInWizard, goTo } from './journeys-steps'

test.use({ viewport: { width: 1440, height: 900 } })

const BOX_CODE = '14006381333938'

test('the owner sets up a warehouse and a stocked item, and sees its stock and value', async ({
  page,
}) => {
  await createCompanyInWizard(page, 'Tea Traders')

  // A second warehouse beside MAIN.
  await goTo(page, 'Warehouses')
  const warehouses = page.getByRole('table', { name: 'Warehouses' })
  await expect(warehouses.locator('tr[data-code="MAIN"]')).toBeVisible()
  await page.getByRole('button', { name: 'New warehouse' }).click()
  await expect(page.getByLabel('Code', { exact: true })).toBeFocused()
  await page.getByLabel('Code', { exact: true }).fill('EAST')
  await page.getByLabel('Name', { exact: true }).fill('East store')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(warehouses.locator('tr[data-code="EAST"]')).toContainText('East store')
  // Its first bin location, from the warehouse's page.
  await page.getByRole('link', { name: 'Warehouse EAST' }).click()
  await page.getByLabel('Bin code').fill('A-01')
  await page.getByRole('button', { name: 'Add bin' }).click()
  await expect(page.getByLabel('Code of bin A-01')).toHaveValue('A-01')
  await page.screenshot({ path: `${SCREENSHOTS}/inventory-warehouse.png`, fullPage: true })

  // A category to file items under.
  await goTo(page, 'Item categories')
  await page.getByLabel('New category').fill('Beverages')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Name of category Beverages')).toHaveValue('Beverages')

  // A stocked item, sold by the piece, bought by the box of 12 that has its own barcode.
  await goTo(page, 'Items')
  await page.getByRole('button', { name: 'New item' }).click()
  await page.getByLabel('Code', { exact: true }).fill('TEA')
  await page.getByLabel('Name', { exact: true }).fill('Green tea')
  await page.getByLabel('Base unit').fill('pcs')
  await page.getByLabel('Sales price').fill('5')
  await page.getByLabel('Purchase price').fill('3')
  await page.getByRole('button', { name: 'Create item' }).click()
  await expect(page.getByRole('heading', { name: /Item TEA/ })).toBeVisible()
  await page.getByRole('button', { name: 'Add unit' }).click()
  await page.getByLabel('Unit, row 1').fill('box')
  await page.getByLabel('How many pcs in row 1').fill('12')
  await page.getByRole('button', { name: 'Save units' }).click()
  await expect(page.getByLabel('Counts as')).toContainText('box')
  await page.getByLabel('Barcode', { exact: true }).fill(BOX_CODE)
  await page.getByLabel('Counts as').selectOption('box')
  await page.getByRole('button', { name: 'Add barcode' }).click()
  await expect(page.getByRole('list', { name: 'Barcodes' })).toContainText(BOX_CODE)
  await expect(page.getByRole('list', { name: 'Barcodes' })).toContainText('box')
  await page.getByLabel('Category', { exact: true }).selectOption({ label: 'Beverages' })
  await page.getByLabel('Reorder level').fill('30')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()

  // It is in the items list, with nothing on hand yet and below its reorder level.
  await goTo(page, 'Items')
  const items = page.getByRole('grid', { name: 'Items' })
  await expect(items.getByRole('row', { name: /TEA/ })).toContainText('Green tea')
  await expect(items.getByRole('row', { name: /TEA/ })).toContainText('Beverages')
  await expect(items.getByRole('row', { name: /TEA/ })).toContainText('0 pcs')

  // Opening stock of 2 boxes at 3.00 a piece into EAST (the clerk's screens are tested apart).
  const east = (await rpc<{ id: string; code: string }[]>(page, 'warehouses.list', {})).find(
    (warehouse) => warehouse.code === 'EAST',
  )
  const tea = (await rpc<{ product: { id: string } }[]>(page, 'items.list', {}))[0]
  await rpc(page, 'stockDocuments.record', {
    type: 'opening',
    date: new Date().toISOString().slice(0, 10),
    warehouseId: east?.id,
    lines: [{ productId: tea?.product.id, unit: 'box', quantity: 2000n, unitCost: 300n }],
  })

  // The valuation: 24 pieces worth 72.00, the same as the inventory account in the ledger.
  await goTo(page, 'Stock valuation')
  const valuation = page.getByRole('table', { name: 'Stock valuation' })
  await expect(valuation.locator('td[data-column="quantity"]')).toHaveText('24')
  await expect(valuation.locator('td[data-column="value"]')).toContainText('72.00')
  await expect(valuation.locator('td[data-total="value"]')).toContainText('72.00')
  await expect(page.getByTestId('ledger-balance')).toContainText('72.00')
  await expect(page.getByTestId('ledger-balance')).toContainText('equals the valuation')
  await page.screenshot({ path: `${SCREENSHOTS}/inventory-valuation.png`, fullPage: true })

  // The item's page shows where the stock is, and its stock card drills to the document.
  await valuation.getByRole('link', { name: 'TEA' }).click()
  await expect(page.getByTestId('item-on-hand')).toContainText('24 pcs')
  await expect(page.getByRole('table', { name: 'By warehouse, bin and lot' })).toContainText('EAST')
  await expect(page.getByTestId('ledger-closing-quantity')).toHaveText('24')
  await page.screenshot({ path: `${SCREENSHOTS}/inventory-item.png`, fullPage: true })
  // From the stock card to the journal the opening stock posted: inventory against 3900.
  await page.getByRole('button', { name: /Journal entry of OS-/ }).click()
  await expect(page.getByRole('heading', { name: 'Journal entry', exact: true })).toBeVisible()
  await expect(page.getByRole('main')).toContainText('1300')
  await expect(page.getByRole('main')).toContainText('3900')
  await goTo(page, 'Items')
  await expect(items.getByRole('row', { name: /TEA/ })).toContainText('24 pcs')
  await page.screenshot({ path: `${SCREENSHOTS}/inventory-items.png` })

  // An open sales order for 10 reserves them: its page shows what is left available.
  await openIssuedSalesOrder(page, 'Corner Cafe', [
    { productId: tea?.product.id, quantity: 10_000n },
  ])
  const orderStock = page.getByRole('table', { name: 'Stock for this order' })
  await expect(orderStock).toContainText('TEA')
  await expect(orderStock.locator('tr[data-line="1"] td').nth(2)).toHaveText('24 pcs')
  await expect(orderStock.locator('tr[data-line="1"] td').nth(4)).toHaveText('14')

  // The invoice's product picker says how many are on hand and available.
  await goTo(page, 'New invoice')
  await page.getByLabel('Product, line 1').fill('TEA')
  await expect(page.getByRole('option', { name: /Green tea/ })).toContainText(
    '24 pcs on hand · 14 available',
  )
  await page.keyboard.press('Escape')

  // Stock summary by warehouse, and its CSV as the CLI writes it.
  await goTo(page, 'Stock summary')
  const summary = page.getByRole('table', { name: 'Stock summary' })
  await expect(summary.locator('td[data-column="warehouses"]')).toHaveText('EAST 24')
  await expect(summary.locator('td[data-column="available"]')).toHaveText('14')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  const csv = await (await download).createReadStream()
  const text = await new Promise<string>((resolve) => {
    let read = ''
    csv.on('data', (chunk: Buffer) => (read += chunk.toString()))
    csv.on('end', () => resolve(read))
  })
  expect(text.split('\r\n')[0]).toBe('code,name,unit,onHand,reserved,available,warehouses,value')
  expect(text).toContain('TEA,Green tea,pcs,24.000,10.000,14.000,EAST 24,72.00')

  // Below its reorder level of 30 with 14 available: the suggestion brings it back up.
  await goTo(page, 'Low stock')
  const low = page.getByRole('table', { name: 'Low stock' })
  await expect(low.locator('td[data-column="code"]')).toHaveText('TEA')
  await expect(low.locator('td[data-column="suggested"]')).toHaveText('16')
  // Quantities only: the heading names no currency (the stock ledger's, with values, does).
  await expect(page.locator('.report-heading')).not.toContainText('USD')
  await page.screenshot({ path: `${SCREENSHOTS}/inventory-low-stock.png` })
  await goTo(page, 'Warehouses')
  await page.screenshot({ path: `${SCREENSHOTS}/inventory-warehouses.png` })
  await goTo(page, 'Stock ledger')
  await page.getByLabel('Item', { exact: true }).selectOption({ label: 'TEA · Green tea' })
  await expect(page.getByTestId('ledger-closing-quantity')).toHaveText('24')
  await expect(page.locator('.report-heading')).toContainText('in USD')
  await page.screenshot({ path: `${SCREENSHOTS}/inventory-stock-ledger.png` })
})
