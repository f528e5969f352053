import type { AssignmentHistory as HistoryRow } from '../../shared/domain/payroll'
import { Amount } from '../components/amount'
import { ListTable, type ListColumn } from '../components/list-table'
import { Notice } from '../components/notice'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import { useInvoke } from '../state/services'

/** An employee's salary structures over time: each from its date until the next one starts. */
export function AssignmentHistory(props: { employeeId: string }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const query = useQuery(`assignments:${props.employeeId}`, () =>
    invoke('payroll.employees.assignments', { employeeId: props.employeeId }),
  )
  const columns: ListColumn<HistoryRow>[] = [
    {
      key: 'from',
      header: t('assignments.from'),
      cell: (row) => format.date(row.effectiveFrom),
    },
    {
      key: 'to',
      header: t('assignments.to'),
      cell: (row) => (row.effectiveTo ? format.date(row.effectiveTo) : t('assignments.current')),
    },
    {
      key: 'structure',
      header: t('assignments.structure'),
      dir: 'auto',
      cell: (row) => (
        <>
          <span className="mono">{row.structureCode}</span> · {row.structureName}
        </>
      ),
    },
    {
      key: 'base',
      header: t('assignments.base'),
      headerClassName: 'amount',
      className: 'amount',
      cell: (row) => <Amount value={row.baseMinor} />,
    },
    {
      key: 'overrides',
      header: t('assignments.overrides'),
      className: 'mono',
      dir: 'ltr',
      cell: (row) =>
        Object.entries(row.overrides)
          .map(([code, value]) => `${code} = ${value}`)
          .join('; '),
    },
  ]
  return (
    <section className="card assignment-history" aria-label={t('assignments.title')}>
      <h2>{t('assignments.title')}</h2>
      {query.error ? <Notice tone="error">{query.error.message}</Notice> : null}
      {query.data ? (
        <ListTable
          columns={columns}
          rows={query.data}
          rowKey={(row) => row.id}
          rowData={(row) => ({ 'data-structure': row.structureCode })}
          empty={t('assignments.empty')}
        />
      ) : null}
    </section>
  )
}
