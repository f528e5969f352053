import type { SalaryStructure } from '../../../shared/domain/payroll'
import { codeColumn, ListTable, type ListColumn } from '../../components/list-table'
import { Notice } from '../../components/notice'
import { RecordPage } from '../../components/record-page'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { useNavigate } from '../../routing/use-route'
import { useInvoke } from '../../state/services'
import { routeHref } from '../../routing/routes'
import { PayrollListPage, ListCount } from '../list-page'
import { StructureForm } from './structure-form'

/** The salary structures, each with its components in payslip order. */
export function StructureList() {
  const { t, tn } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const query = useQuery('salary-structures', () => invoke('payroll.structures.list', {}))
  const structures = query.data
  const columns: ListColumn<SalaryStructure>[] = [
    codeColumn(t('structures.field.code'), (structure) => (
      <a
        href={routeHref({ page: 'salary-structure', id: structure.id })}
        aria-label={t('structures.editTitle', { code: structure.code })}
      >
        {structure.code}
      </a>
    )),
    {
      key: 'name',
      header: t('structures.field.name'),
      dir: 'auto',
      cell: (structure) => structure.name,
    },
    {
      key: 'components',
      header: t('structures.components'),
      className: 'mono',
      dir: 'ltr',
      cell: (structure) => structure.componentCodes.join(' · '),
    },
  ]
  return (
    <PayrollListPage
      newLabel={t('structures.new')}
      onNew={() => navigate({ page: 'salary-structure-new' })}
      status={<ListCount text={structures && tn('structures.count', structures.length)} />}
      error={query.error}
    >
      <ListTable
        label={t('nav.salaryStructures')}
        columns={columns}
        rows={structures}
        rowKey={(structure) => structure.id}
        rowData={(structure) => ({ 'data-code': structure.code })}
        empty={t('structures.empty')}
      />
      <p className="muted">{t('structures.assignHint')}</p>
    </PayrollListPage>
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
  const id = props.id ?? 'new'
  const query = useQuery(`structure:${id}`, async () => ({
    id,
    components: await invoke('payroll.components.list', {}),
    structures: props.id ? await invoke('payroll.structures.list', {}) : [],
  }))
  return (
    <RecordPage query={query} id={id}>
      {(data) => {
        const structure = data.structures.find((item) => item.id === props.id) ?? null
        if (props.id && !structure) return <Notice tone="error">{t('structures.notFound')}</Notice>
        return (
          <div className="page">
            <StructureForm components={data.components} structure={structure} />
          </div>
        )
      }}
    </RecordPage>
  )
}
