import { describe, expect, it } from 'vitest'
import { createTranslate } from '../../src/renderer/i18n/translate'
import { isNavItemActive, NAV_GROUPS, pageTitle } from '../../src/renderer/shell/nav-items'
import { paletteItems } from '../../src/renderer/shell/palette-items'

const t = createTranslate('en')
const items = NAV_GROUPS.flatMap((group) => group.items)
const lit = (route: Parameters<typeof pageTitle>[0]) =>
  items.filter((item) => isNavItemActive(item, route)).map((item) => t(item.label))

describe('the shell around a screen', () => {
  it('names an inventory report in the header and lights only its own sidebar item', () => {
    const route = { page: 'inventory-report', name: 'low-stock' } as const
    expect(t(pageTitle(route))).toBe('Low stock')
    expect(lit(route)).toEqual(['Low stock'])
    expect(lit({ page: 'payroll-report', name: 'payroll-ytd' })).toEqual(['Payroll year to date'])
    expect(t(pageTitle({ page: 'payroll-report', name: 'payroll-liabilities' }))).toBe(
      'Tax and insurance liabilities',
    )
    expect(lit({ page: 'invoice', id: 'I1' })).toEqual(['Invoices'])
  })

  it('lists the screen whose name starts with what was typed before ones that only contain it', () => {
    const labels = paletteItems('stock', [], t).map((item) => item.label)
    expect(labels.indexOf('Stock count')).toBeLessThan(labels.indexOf('Transfer stock'))
    expect(paletteItems('low stock', [], t)[0]?.label).toBe('Low stock')
  })
  it('offers the new-document forms the sidebar reaches through their lists', () => {
    for (const [typed, page] of [
      ['new purchase', 'purchase-order-new'],
      ['new quote', 'quote-new'],
      ['new sales order', 'sales-order-new'],
      ['new supplier', 'supplier-new'],
    ] as const)
      expect(paletteItems(typed, [], t)[0]?.route).toEqual({ page })
  })
})
