import type { PayrollRoute } from '../../routing/payroll-routes'
import { ComponentList, ComponentPage } from './component-list'
import { RulePackList, RulePackPage } from './rule-pack-list'
import { StructureEditPage, StructureList, StructureNewPage } from './structure-list'

type SetupRoute = Extract<
  PayrollRoute,
  {
    page:
      | 'pay-components'
      | 'pay-component'
      | 'salary-structures'
      | 'salary-structure-new'
      | 'salary-structure'
      | 'rule-packs'
      | 'rule-pack'
  }
>

const SETUP_PAGES: ReadonlySet<string> = new Set<SetupRoute['page']>([
  'pay-components',
  'pay-component',
  'salary-structures',
  'salary-structure-new',
  'salary-structure',
  'rule-packs',
  'rule-pack',
])

export function isSetupRoute(route: PayrollRoute): route is SetupRoute {
  return SETUP_PAGES.has(route.page)
}

/** The payroll set-up screens: components, salary structures, rule packs. */
export function PayrollSetupPage(props: { route: SetupRoute }) {
  const route = props.route
  switch (route.page) {
    case 'pay-components':
      return <ComponentList />
    case 'pay-component':
      return <ComponentPage key={route.id} id={route.id} />
    case 'salary-structures':
      return <StructureList />
    case 'salary-structure-new':
      return <StructureNewPage />
    case 'salary-structure':
      return <StructureEditPage key={route.id} id={route.id} />
    case 'rule-packs':
      return <RulePackList />
    case 'rule-pack':
      return <RulePackPage key={route.code} code={route.code} />
  }
}
