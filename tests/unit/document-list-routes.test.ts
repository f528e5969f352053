import { describe, expect, it } from 'vitest'
import { parseRoute, routeHref, type Route } from '../../src/renderer/routing/routes'

/** A route as parsing gives it back, without the parameters it left unset. */
const roundTrip = (route: Route) =>
  Object.fromEntries(
    Object.entries(parseRoute(routeHref(route))).filter(([, value]) => value !== undefined),
  )

describe('document list addresses keep their filters', () => {
  const routes: Route[] = [
    { page: 'invoices' },
    { page: 'invoices', search: 'acme & co / 5%' },
    { page: 'invoices', status: 'overdue', asOf: '2026-06-30' },
    { page: 'invoices', status: 'posted', from: '2026-06-01', to: '2026-06-30', contact: 'c-1' },
    { page: 'bills', status: 'open', dueBy: '2026-07-07' },
    { page: 'bills', status: 'draft', search: 'M-1', contact: 'sup/2' },
    { page: 'debit-notes', status: 'cancelled', from: '2026-01-01' },
    { page: 'credit-notes', status: 'draft', contact: 'c-1' },
  ]

  it.each(routes)('round-trips %o', (route) => {
    expect(roundTrip(route)).toEqual(route)
  })

  it('writes only the filters that are set, in the address the Back button returns to', () => {
    expect(routeHref({ page: 'invoices', status: 'overdue', asOf: '2026-06-30' })).toBe(
      '#/sales/invoices?status=overdue&asOf=2026-06-30',
    )
    expect(routeHref({ page: 'bills' })).toBe('#/purchases/bills')
  })

  it('drops a standing it does not know rather than showing a wrong list', () => {
    expect(parseRoute('#/sales/invoices?status=late&q=acme')).toEqual({
      page: 'invoices',
      search: 'acme',
      status: undefined,
      from: undefined,
      to: undefined,
      contact: undefined,
      dueBy: undefined,
      asOf: undefined,
    })
  })
})
