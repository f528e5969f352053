import { describe, expect, it } from 'vitest'
import { parseRoute, routeHref, type Route } from '../../src/renderer/routing/routes'

describe('payroll set-up routes', () => {
  const routes: Route[] = [
    { page: 'pay-components' },
    { page: 'pay-component', id: 'new' },
    { page: 'pay-component', id: '0190-abc/1' },
    { page: 'salary-structures' },
    { page: 'salary-structure-new' },
    { page: 'salary-structure', id: '0190-s1' },
    { page: 'rule-packs' },
    { page: 'rule-pack', code: 'VN' },
  ]

  it.each(routes)('round-trips %o', (route) => {
    expect(parseRoute(routeHref(route))).toEqual(route)
  })

  it('keeps the set-up addresses apart from the employee and run screens', () => {
    expect(parseRoute('#/payroll/structures/new')).toEqual({ page: 'salary-structure-new' })
    expect(parseRoute('#/payroll/structures/S1')).toEqual({ page: 'salary-structure', id: 'S1' })
    expect(parseRoute('#/payroll/rule-packs/new')).toEqual({ page: 'rule-pack', code: 'new' })
    expect(parseRoute('#/payroll/components/a/b').page).toBe('not-found')
    expect(parseRoute('#/payroll/employees/E1')).toEqual({ page: 'employee', id: 'E1' })
  })
})
