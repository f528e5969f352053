import { Notice } from '../../components/notice'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { useNavigate } from '../../routing/use-route'
import { useInvoke } from '../../state/services'
import { routeHref } from '../../routing/routes'
import { StructureForm } from './structure-form'

/** The salary structures, each with its components in payslip order. */
export function StructureList() {
  const { t, tn } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const query = useQuery('salary-structures', () => invoke('payroll.structures.list', {}))
  const structures = query.data ?? []
  return (
    <div className="page list-page">
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          autoFocus
          onClick={() => navigate({ page: 'salary-structure-new' })}
        >
          {t('structures.new')}
        </button>
        <span className="toolbar-count muted" aria-live="polite">
          {query.data ? tn('structures.count', structures.length) : t('payroll.loading')}
        </span>
      </div>
      {query.error ? <Notice tone="error">{query.error.message}</Notice> : null}
      {query.data && structures.length === 0 ? (
        <p className="empty">{t('structures.empty')}</p>
      ) : (
        <table className="grid" aria-label={t('nav.salaryStructures')}>
          <thead>
            <tr>
              <th className="col-code">{t('structures.field.code')}</th>
              <th>{t('structures.field.name')}</th>
              <th>{t('structures.components')}</th>
            </tr>
          </thead>
          <tbody>
            {structures.map((structure) => (
              <tr key={structure.id} data-code={structure.code}>
                <td className="mono">
                  <a
                    href={routeHref({ page: 'salary-structure', id: structure.id })}
                    aria-label={t('structures.editTitle', { code: structure.code })}
                  >
                    {structure.code}
                  </a>
                </td>
                <td dir="auto">{structure.name}</td>
                <td className="mono" dir="ltr">
                  {structure.componentCodes.join(' · ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted">{t('structures.assignHint')}</p>
    </div>
  )
}

/** A new structure, from the components there are. */
export function StructureNewPage() {
  return <StructurePage id={null} />
}

/** One structure to change: its name, code and components (runs already posted keep theirs). */
export function StructureEditPage(props: { id: string }) {
  return <StructurePage id={props.id} />
}

function StructurePage(props: { id: string | null }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const query = useQuery(`structure:${props.id ?? 'new'}`, async () => ({
    components: await invoke('payroll.components.list', {}),
    structures: props.id ? await invoke('payroll.structures.list', {}) : [],
  }))
  if (query.error) return <Notice tone="error">{query.error.message}</Notice>
  if (!query.data) return <p className="empty">{t('payroll.loading')}</p>
  const structure = query.data.structures.find((item) => item.id === props.id) ?? null
  if (props.id && !structure) return <Notice tone="error">{t('structures.notFound')}</Notice>
  return (
    <div className="page">
      <StructureForm components={query.data.components} structure={structure} />
    </div>
  )
}
