import type { PayComponent } from '../../../shared/domain/payroll'
import { Notice } from '../../components/notice'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { useNavigate } from '../../routing/use-route'
import { useInvoke } from '../../state/services'
import { rowKeys } from '../row-keys'
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
  const components = query.data ?? []
  return (
    <div className="page list-page">
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          autoFocus
          onClick={() => navigate({ page: 'pay-component', id: 'new' })}
        >
          {t('payComponents.new')}
        </button>
        <span className="toolbar-count muted" aria-live="polite">
          {query.data ? tn('payComponents.count', components.length) : t('payroll.loading')}
        </span>
      </div>
      {query.error ? <Notice tone="error">{query.error.message}</Notice> : null}
      {query.data && components.length === 0 ? (
        <p className="empty">{t('payComponents.empty')}</p>
      ) : (
        <table className="grid" aria-label={t('nav.payComponents')}>
          <thead>
            <tr>
              <th className="col-code">{t('payComponents.field.code')}</th>
              <th>{t('payComponents.field.name')}</th>
              <th>{t('payComponents.field.kind')}</th>
              <th>{t('payComponents.field.calc')}</th>
              <th>{t('payComponents.how')}</th>
            </tr>
          </thead>
          <tbody>
            {components.map((component) => {
              const open = () => navigate({ page: 'pay-component', id: component.id })
              return (
                <tr
                  key={component.id}
                  className="drill"
                  tabIndex={0}
                  data-code={component.code}
                  onClick={open}
                  onKeyDown={rowKeys(open)}
                >
                  <td className="mono">{component.code}</td>
                  <td dir="auto">{component.name}</td>
                  <td>{t(`payslip.kind.${component.kind}`)}</td>
                  <td>{t(`payComponents.calc.${component.calc}`)}</td>
                  <td className="mono" dir="ltr">
                    {how(component)}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      <p className="muted keyboard-hint">{t('payroll.keyboardHint')}</p>
    </div>
  )
}

/** One component (or a new one, id "new"), with the others its formula may read. */
export function ComponentPage(props: { id: string }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const query = useQuery(`pay-component:${props.id}`, () => invoke('payroll.components.list', {}))
  if (query.error) return <Notice tone="error">{query.error.message}</Notice>
  if (!query.data) return <p className="empty">{t('payroll.loading')}</p>
  const component = query.data.find((item) => item.id === props.id) ?? null
  const others = query.data.filter((item) => item.id !== props.id)
  return (
    <div className="page">
      <ComponentForm component={component} others={others} />
    </div>
  )
}
