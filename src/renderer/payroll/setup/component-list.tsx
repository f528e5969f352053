import type { PayComponent } from '../../../shared/domain/payroll'
import { codeColumn, ListTable, type ListColumn } from '../../components/list-table'
import { RecordPage } from '../../components/record-page'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { useNavigate } from '../../routing/use-route'
import { useInvoke } from '../../state/services'
import { KeyboardHint, ListCount, PayrollListPage } from '../list-page'
import { ComponentForm } from './component-form'

/** What a component's amount is, in a few words: "10% of BASIC", a formula, "by the rule pack". */
function useHow() {
  const { t } = useI18n()
  return (component: PayComponent) => {
    switch (component.calc) {
      case 'amount':
        return component.value
      case 'percent':
        return t('payComponents.percentOf', { rate: component.value, base: component.base })
      case 'formula':
        return component.value
      default:
        return t(`payComponents.calc.${component.calc}`)
    }
  }
}

/** Earnings, deductions and employer contributions; Enter on a row opens the component. */
export function ComponentList() {
  const { t, tn } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const how = useHow()
  const query = useQuery('pay-components', () => invoke('payroll.components.list', {}))
  const components = query.data
  const columns: ListColumn<PayComponent>[] = [
    codeColumn(t('payComponents.field.code'), (component) => component.code),
    {
      key: 'name',
      header: t('payComponents.field.name'),
      dir: 'auto',
      cell: (component) => component.name,
    },
    {
      key: 'kind',
      header: t('payComponents.field.kind'),
      cell: (component) => t(`payslip.kind.${component.kind}`),
    },
    {
      key: 'calc',
      header: t('payComponents.field.calc'),
      cell: (component) => t(`payComponents.calc.${component.calc}`),
    },
    { key: 'how', header: t('payComponents.how'), className: 'mono', dir: 'ltr', cell: how },
  ]
  return (
    <PayrollListPage
      newLabel={t('payComponents.new')}
      onNew={() => navigate({ page: 'pay-component', id: 'new' })}
      status={<ListCount text={components && tn('payComponents.count', components.length)} />}
      error={query.error}
    >
      <ListTable
        label={t('nav.payComponents')}
        columns={columns}
        rows={components}
        rowKey={(component) => component.id}
        rowData={(component) => ({ 'data-code': component.code })}
        onOpen={(component) => navigate({ page: 'pay-component', id: component.id })}
        empty={t('payComponents.empty')}
      />
      <KeyboardHint />
    </PayrollListPage>
  )
}

/** One component (or a new one, id "new"), with the others its formula may read. */
export function ComponentPage(props: { id: string }) {
  const invoke = useInvoke()
  const query = useQuery(`pay-component:${props.id}`, async () => ({
    id: props.id,
    components: await invoke('payroll.components.list', {}),
  }))
  return (
    <RecordPage query={query} id={props.id}>
      {({ components }) => (
        <div className="page">
          <ComponentForm
            component={components.find((item) => item.id === props.id) ?? null}
            others={components.filter((item) => item.id !== props.id)}
          />
        </div>
      )}
    </RecordPage>
  )
}
