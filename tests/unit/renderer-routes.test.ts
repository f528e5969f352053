import { describe, expect, it } from 'vitest'
import { parseRoute, routeHref, type Route } from '../../src/renderer/routing/routes'
import { PAGE_SIZE, pagesToEvict, pagesToLoad } from '../../src/renderer/journal/list-pages'
import { comparePeriod, reportDefaults } from '../../src/renderer/reports/report-dates'

/** A date range as the reports take it. */
const period = (from: string, to: string) => ({ from, to })

describe('hash routes', () => {
  const routes: Route[] = [
    { page: 'home' },
    { page: 'journal-new' },
    { page: 'journal-new', draft: 'd-1' },
    { page: 'journal-list', search: 'rent & co', from: '2026-01-01', status: 'posted' },
    { page: 'journal-entry', id: '0190-abc/1' },
    { page: 'accounts' },
    { page: 'trial-balance', asOf: '2026-06-30' },
    { page: 'general-ledger', account: 'acc-1', from: '2026-01-01', to: '2026-06-30' },
    { page: 'profit-and-loss', from: '2026-01-01', to: '2026-03-31' },
    { page: 'balance-sheet' },
    { page: 'new-company' },
    { page: 'settings' },
    { page: 'import' },
    { page: 'import', kind: 'accounts' },
    { page: 'import', kind: 'journal' },
  ]

  it.each(routes)('round-trips %o', (route) => {
    const parsed = parseRoute(routeHref(route))
    const defined = Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined))
    expect(defined).toEqual(route)
  })

  it('reads addresses people type or share', () => {
    expect(parseRoute('')).toEqual({ page: 'home' })
    expect(parseRoute('#/')).toEqual({ page: 'home' })
    expect(parseRoute('#/home')).toEqual({ page: 'home' })
    expect(routeHref({ page: 'home' })).toBe('#/')
    expect(parseRoute('#/reports/general-ledger?account=x&from=2026-01-01&to=2026-01-31')).toEqual({
      page: 'general-ledger',
      account: 'x',
      from: '2026-01-01',
      to: '2026-01-31',
    })
    expect(parseRoute('#/journal?status=weird').page).toBe('journal-list')
    expect(parseRoute('#/journal?status=weird')).toMatchObject({ status: undefined })
    expect(parseRoute('#/import?kind=weird')).toEqual({ page: 'import', kind: undefined })
    expect(parseRoute('#/nowhere')).toEqual({ page: 'not-found', path: '/nowhere' })
  })

  it('leaves empty parameters out of the address', () => {
    expect(routeHref({ page: 'trial-balance' })).toBe('#/reports/trial-balance')
    expect(routeHref({ page: 'journal-list', search: '' })).toBe('#/journal')
  })
})

describe('journal list paging', () => {
  it('loads the pages in view plus one each way, never past the end', () => {
    expect(pagesToLoad(0, 30, 1_000_000, new Set())).toEqual([0, 1])
    expect(pagesToLoad(5 * PAGE_SIZE + 10, 5 * PAGE_SIZE + 40, 1_000_000, new Set([5]))).toEqual([
      4, 6,
    ])
    expect(pagesToLoad(990, 999, 1000, new Set())).toEqual([3, 4])
    expect(pagesToLoad(0, 10, 0, new Set())).toEqual([])
  })

  it('forgets the pages farthest from view first', () => {
    expect(pagesToEvict([0, 1, 2, 50, 51], 50, 3).sort()).toEqual([0, 1])
    expect(pagesToEvict([0, 1], 0, 3)).toEqual([])
  })
})

describe('report periods', () => {
  it('default to today and the fiscal year so far', () => {
    expect(reportDefaults('04-01', '2026-03-15')).toEqual({
      asOf: '2026-03-15',
      from: '2025-04-01',
      to: '2026-03-15',
    })
  })

  it('compare whole months with the same months just before', () => {
    expect(comparePeriod('2024-01-01', '2024-12-31')).toEqual(period('2023-01-01', '2023-12-31'))
    expect(comparePeriod('2024-03-01', '2024-03-31')).toEqual(period('2024-02-01', '2024-02-29'))
    expect(comparePeriod('2025-01-01', '2025-03-31')).toEqual(period('2024-10-01', '2024-12-31'))
    expect(comparePeriod('2024-01-05', '2024-12-31')).toBeUndefined()
    expect(comparePeriod('2024-01-01', '2024-02-28')).toBeUndefined()
  })
})
