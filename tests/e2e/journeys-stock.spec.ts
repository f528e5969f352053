import { expect, test, type Page } from '@playwright/test'
import { accountId, rpc } from './journeys-rpc'
import { SCREENSHOTS, createCompanyInWizard, goTo } from './journeys-steps'

test.use({ viewport: { width: 1440, height: 900 } })

const PIECE = '4006381333931'
const BOX = '14006381333938'

/** A stocked item the bookkeeper set up, selling to 4100 and costing to 5100. */
async function stockedItem(
  page: Page,
  fields: { code: string; name: string; unit: string; purchasePrice: bigint; salesPrice?: bigint },
): Promise<{ id: string }> {
  return rpc<{ id: string }>(page, 'products.create', {
    ...fields,
    kind: 'stocked',
    incomeAccountId: await accountId(page, '4100'),
    expenseAccountId: await accountId(page, '5100'),
  })
}

/** The bookkeeper set the item up: a stocked widget sold by the piece and bought by the box. */
async function seedWidget(page: Page): Promise<void> {
  const product = await stockedItem(page, {
    code: 'WID',
    name: 'Steel widget',
    unit: 'pcs',
    salesPrice: 500n,
    purchasePrice: 250n,
  })
  await rpc(page, 'items.setUnits', {
    productId: product.id,
    units: [{ unit: 'box', factor: 12_000n }],
  })
  await rpc(page, 'items.addBarcode', { productId: product.id, code: PIECE })
  await rpc(page, 'items.addBarcode', { productId: product.id, code: BOX, unit: 'box' })
}

/** Hinges already on the shelf (5 at 1.20), from an opening stock the bookkeeper entered. */
async function seedHinges(page: Page): Promise<void> {
  const hinge = await stockedItem(page, {
    code: 'HIN',
    name: 'Brass hinge',
    unit: 'pcs',
    purchasePrice: 120n,
  })
  const settings = await rpc<{ defaultWarehouseId: string }>(page, 'inventorySettings.get', {})
  await rpc(page, 'stockDocuments.record', {
    type: 'opening',
    date: '2026-01-01',
    warehouseId: settings.defaultWarehouseId,
    lines: [{ productId: hinge.id, quantity: 5_000n, unitCost: 120n }],
  })
}

/** What a keyboard-wedge scanner does: types the code fast and presses Enter. */
async function scan(page: Page, code: string): Promise<void> {
  await expect(page.getByLabel('Scan or type a code or name')).toBeFocused()
  await page.keyboard.type(code, { delay: 5 })
  await page.keyboard.press('Enter')
}

test('a clerk receives by scanning, delivers part, counts the rest and sees what is on hand', async ({
  page,
}) => {
  await createCompanyInWizard(page, 'Harbour Hardware')
  await seedWidget(page)
  const widgetLine = page.locator('.stock-lines tr[data-code="WID"]')
  const quantity = page.getByLabel('Quantity of Steel widget')

  // Receive: a piece, a box of 12, a code nobody knows, and the item typed by name.
  await goTo(page, 'Receive goods')
  await scan(page, PIECE)
  await expect(quantity).toHaveValue('1')
  await scan(page, BOX)
  await expect(quantity).toHaveValue('13')
  await expect(page.getByTestId('scan-added')).toHaveText('Added 12 pcs of Steel widget')
  await scan(page, '999000111')
  await expect(page.getByRole('alert')).toContainText('Not recognised: 999000111')
  const unknown = page.getByRole('region', { name: 'Not recognised' })
  await expect(unknown).toContainText('999000111')
  await page.keyboard.type('steel')
  await expect(page.getByRole('listbox')).toContainText('Steel widget')
  await page.keyboard.press('Enter')
  await expect(quantity).toHaveValue('14')
  // The unknown code stays listed for the clerk to deal with.
  await expect(unknown).toContainText('999000111')
  await page.screenshot({ path: `${SCREENSHOTS}/stock-receive.png` })
  await page.keyboard.press('Control+Enter')
  await expect(page.getByTestId('stock-posted')).toHaveText(/^Receipt GR\S* posted\.$/)
  await expect(widgetLine).toHaveCount(0)

  // Deliver: more than is held is refused on the line; part of it goes.
  await goTo(page, 'Pick and deliver')
  await scan(page, PIECE)
  await expect(widgetLine.getByTestId('on-hand')).toHaveText('14')
  await quantity.fill('20')
  await quantity.press('Control+Enter')
  await expect(widgetLine.getByRole('alert')).toContainText('Not enough WID Steel widget')
  await expect(widgetLine.getByRole('alert')).toContainText('short by 6 pcs')
  await quantity.fill('5')
  await quantity.press('Enter')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByTestId('stock-posted')).toHaveText(/^Delivery DO\S* posted\.$/)

  // Count what is left (9): one box found on the shelf, less one damaged: 8, a variance of -1.
  // The hinges' shelf is not reached: their line stays blank, and their stock stays as it is.
  await seedHinges(page)
  const hingeLine = page.locator('.stock-lines tr[data-code="HIN"]')
  await goTo(page, 'Stock count')
  await page.getByRole('button', { name: 'Start a count sheet' }).click()
  await expect(widgetLine.getByTestId('expected')).toHaveText('9')
  await expect(page.getByLabel('Quantity of Steel widget')).toHaveValue('')
  await expect(hingeLine.getByTestId('variance')).toHaveText('—')
  await scan(page, BOX)
  await expect(quantity).toHaveValue('12')
  await expect(widgetLine.getByTestId('variance')).toHaveText('+3')
  await page.getByRole('button', { name: 'One less Steel widget' }).click()
  await quantity.press('ArrowDown')
  await quantity.press('ArrowDown')
  await quantity.press('ArrowDown')
  await expect(quantity).toHaveValue('8')
  await expect(widgetLine.getByTestId('variance')).toHaveText('-1')
  await expect(page.getByTestId('count-progress')).toContainText('1 of 2 lines counted; 1 differ')
  await expect(page.getByTestId('count-blank')).toHaveText(
    '1 line not counted: approving leaves its stock as it is.',
  )
  await expect(page.getByRole('button', { name: /Approve, blanks as zero/ })).toBeVisible()
  await page.screenshot({ path: `${SCREENSHOTS}/stock-count.png` })
  await page.keyboard.press('Control+Enter')

  // The approved count, and what is on hand now.
  await expect(page.getByRole('heading', { name: 'Stock document', exact: true })).toBeVisible()
  await expect(page.getByTestId('stock-document-title')).toHaveText(/^Stock count SC\S*$/)
  await expect(page.getByTestId('stock-document-status')).toHaveText('Posted')
  await expect(widgetLine.getByTestId('variance')).toHaveText('-1')
  await expect(widgetLine.getByTestId('on-hand')).toHaveText('8')
  await expect(hingeLine.getByTestId('quantity')).toHaveText('Not counted')
  await expect(hingeLine.getByTestId('on-hand')).toHaveText('5')
  await expect(page.getByTestId('count-not-counted')).toHaveText('1 line, its stock left as it was')
  await page.screenshot({ path: `${SCREENSHOTS}/stock-count-approved.png` })

  // Every document with its number.
  await goTo(page, 'Stock documents')
  const rows = page.getByRole('table', { name: 'Stock documents' }).locator('tbody tr')
  await expect(rows).toHaveCount(4)
  await expect(rows.filter({ hasText: 'Receipt' })).toContainText(/GR/)
  await expect(rows.filter({ hasText: 'Delivery' })).toContainText(/DO/)
  await expect(rows.filter({ hasText: 'Stock count' })).toContainText('Posted')

  // The owner sees the stock and its value: 8 at 2.50.
  await goTo(page, 'Stock summary')
  const summary = page.locator('.report-table tbody tr').filter({ hasText: 'WID' })
  await expect(summary.locator('td[data-column="onHand"]')).toHaveText('8')
  await expect(summary.locator('td[data-column="value"]')).toHaveText('20.00')
  const hinges = page.locator('.report-table tbody tr').filter({ hasText: 'HIN' })
  await expect(hinges.locator('td[data-column="onHand"]')).toHaveText('5')
  await expect(hinges.locator('td[data-column="value"]')).toHaveText('6.00')
})

test('a clerk receives a bill with a lot, delivers a sales order, transfers to the shop and cancels it', async ({
  page,
}) => {
  await createCompanyInWizard(page, 'Dockside Supplies')
  await seedWidget(page)
  const glue = await stockedItem(page, {
    code: 'GLUE',
    name: 'Marine glue',
    unit: 'tube',
    purchasePrice: 400n,
  })
  await rpc(page, 'items.updateSettings', { productId: glue.id, lotTracked: true })
  await rpc(page, 'items.addBarcode', { productId: glue.id, code: '5000000000017' })
  const products = await rpc<{ id: string; code: string }[]>(page, 'products.list', {})
  const widget = products.find((product) => product.code === 'WID')?.id
  const supplier = await rpc<{ id: string }>(page, 'contacts.create', {
    name: 'Northern Metals',
    kind: 'company',
    isCustomer: false,
    isSupplier: true,
  })
  const draft = await rpc<{ id: string }>(page, 'bills.saveDraft', {
    contactId: supplier.id,
    date: '2026-03-02',
    reference: 'NM-1001',
    lines: [
      { productId: widget, quantity: 24_000n, unitPrice: 250n },
      { productId: glue.id, quantity: 6_000n, unitPrice: 400n },
    ],
  })
  const bill = await rpc<{ number: string }>(page, 'bills.post', { id: draft.id })
  await rpc(page, 'warehouses.create', { code: 'SHOP', name: 'Shop floor' })

  // Receive against the bill: what is left is listed; two box scans tick the widgets off.
  await goTo(page, 'Receive goods')
  await page
    .getByLabel('Receive against')
    .selectOption({ label: `Bill ${bill.number} · Northern Metals · Mar 2, 2026` })
  const widgetLine = page.locator('.stock-lines tr[data-code="WID"]')
  const glueLine = page.locator('.stock-lines tr[data-code="GLUE"]')
  await expect(widgetLine.getByTestId('expected')).toHaveText('24')
  await expect(glueLine.getByTestId('expected')).toHaveText('6')
  await page.getByLabel('Scan or type a code or name').focus()
  await scan(page, BOX)
  await scan(page, BOX)
  await expect(widgetLine.getByTestId('expected')).toHaveText('24 ✓')
  await scan(page, '5000000000017')
  await page.getByLabel('Quantity of Marine glue').fill('6')
  // A lot-tracked item needs its lot: the engine says so on the line.
  await page.keyboard.press('Control+Enter')
  await expect(glueLine.getByRole('alert')).toBeVisible()
  await page.getByLabel('Lot of Marine glue').fill('L-7')
  await page.getByLabel('Expiry of Marine glue').fill('2027-01-31')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByTestId('stock-posted')).toHaveText(/^Receipt GR\S* posted\.$/)

  // Pick and deliver a customer's sales order: three pieces scanned tick its line off.
  const customer = await rpc<{ id: string }>(page, 'contacts.create', {
    name: 'Harbour Marina',
    kind: 'company',
    isCustomer: true,
    isSupplier: false,
  })
  const orderDraft = await rpc<{ id: string }>(page, 'salesOrders.saveDraft', {
    contactId: customer.id,
    date: '2026-03-03',
    lines: [{ productId: widget, quantity: 3_000n }],
  })
  const order = await rpc<{ number: string }>(page, 'salesOrders.issue', { id: orderDraft.id })
  await goTo(page, 'Pick and deliver')
  await page
    .getByLabel('Deliver against')
    .selectOption({ label: `Sales order ${order.number} · Harbour Marina · Mar 3, 2026` })
  await expect(widgetLine.getByTestId('expected')).toHaveText('3')
  await page.getByLabel('Scan or type a code or name').focus()
  for (let piece = 0; piece < 3; piece++) await scan(page, PIECE)
  await expect(widgetLine.getByTestId('expected')).toHaveText('3 ✓')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByTestId('stock-posted')).toHaveText(/^Delivery DO\S* posted\.$/)

  // Transfer four widgets to the shop, then cancel the transfer from its page. The engine answers
  // each scan slowly here, and Ctrl+Enter comes before the last answers: every scan is posted.
  await goTo(page, 'Transfer stock')
  await page.getByLabel('To warehouse').selectOption({ label: 'SHOP · Shop floor' })
  await page.getByLabel('Scan or type a code or name').focus()
  await page.route('**/rpc/items.scan', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400))
    await route.continue()
  })
  for (let piece = 0; piece < 4; piece++) await scan(page, PIECE)
  await page.keyboard.press('Control+Enter')
  await expect(page.getByTestId('stock-posted')).toHaveText(/^Transfer TR\S* posted\.$/)
  await page.unroute('**/rpc/items.scan')
  await page.getByRole('link', { name: 'Open it' }).click()
  await expect(widgetLine.getByTestId('on-hand')).toHaveText('4')
  await page.getByRole('button', { name: 'Cancel document' }).click()
  await page.getByRole('button', { name: 'Cancel document' }).click()
  await expect(page.getByTestId('stock-document-status')).toHaveText('Cancelled')
  await expect(widgetLine.getByTestId('on-hand')).toHaveText('0')
})

test('a clerk adjusts stock with a reason and delivers an invoice from its page', async ({
  page,
}) => {
  await createCompanyInWizard(page, 'Quayside Chandlery')
  await seedWidget(page)
  const widgetLine = page.locator('.stock-lines tr[data-code="WID"]')
  const quantity = page.getByLabel('Quantity of Steel widget')

  // Ten found on the shelf: in at the item's purchase price, offered in the cost box.
  await goTo(page, 'Adjust stock')
  await scan(page, PIECE)
  await quantity.fill('10')
  await expect(page.getByLabel('Unit cost of Steel widget')).toHaveAttribute('placeholder', '2.50')
  await quantity.press('Control+Enter')
  await expect(page.getByRole('alert')).toContainText('Choose why the stock changed')
  await page.getByLabel('Reason', { exact: true }).selectOption({ label: 'Found' })
  await page.keyboard.press('Control+Enter')
  await expect(page.getByTestId('stock-posted')).toHaveText(/^Adjustment ADJ\S* posted\.$/)

  // Two damaged: each scan takes one out; more than is held is refused on the line.
  await page.getByLabel('Reason', { exact: true }).selectOption({ label: 'Damaged' })
  await page.getByLabel('Note', { exact: true }).fill('dropped from the top shelf')
  await page.getByLabel('Each scan takes one out (damaged, expired, stolen)').check()
  await page.getByLabel('Scan or type a code or name').focus()
  await scan(page, PIECE)
  await scan(page, PIECE)
  await expect(quantity).toHaveValue('-2')
  await expect(page.getByTestId('scan-added')).toHaveText('Took out 1 pcs of Steel widget')
  await expect(widgetLine.getByTestId('on-hand')).toHaveText('10')
  await quantity.fill('-12')
  await quantity.press('Control+Enter')
  await expect(widgetLine.getByRole('alert')).toContainText('short by 2 pcs')
  await quantity.fill('-2')
  await quantity.press('Control+Enter')
  await expect(page.getByTestId('stock-posted')).toHaveText(/^Adjustment ADJ\S* posted\.$/)
  await page.screenshot({ path: `${SCREENSHOTS}/stock-adjust.png` })
  await page.getByRole('link', { name: 'Open it' }).click()
  await expect(page.getByText('Damaged: dropped from the top shelf')).toBeVisible()
  await expect(widgetLine.getByTestId('on-hand')).toHaveText('8')

  // An invoice for three: Deliver stock from its page fills the delivery; then nothing is left.
  const customer = await rpc<{ id: string }>(page, 'contacts.create', {
    name: 'Harbour Marina',
    kind: 'company',
    isCustomer: true,
    isSupplier: false,
  })
  const products = await rpc<{ id: string; code: string }[]>(page, 'products.list', {})
  const draft = await rpc<{ id: string }>(page, 'invoices.saveDraft', {
    contactId: customer.id,
    date: '2026-03-10',
    lines: [
      {
        productId: products.find((product) => product.code === 'WID')?.id,
        quantity: 3000n,
        unitPrice: 500n,
      },
    ],
  })
  await rpc(page, 'invoices.post', { id: draft.id })
  await page.goto(`/#/sales/invoices/${draft.id}`)
  await page.getByRole('link', { name: 'Deliver stock' }).click()
  await expect(widgetLine.getByTestId('expected')).toHaveText('3')
  await page.getByRole('button', { name: 'Take everything that is left' }).click()
  await page.keyboard.press('Control+Enter')
  await expect(page.getByTestId('stock-posted')).toHaveText(/^Delivery DO\S* posted\.$/)
  await page.goto(`/#/sales/invoices/${draft.id}`)
  await expect(page.getByRole('button', { name: 'Cancel invoice' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Deliver stock' })).toHaveCount(0)
})
