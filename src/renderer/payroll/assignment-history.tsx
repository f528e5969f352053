import { Amount } from '../components/amount'
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
  const rows = query.data ?? []
  return (
    <section className="card assignment-history" aria-label={t('assignments.title')}>
      <h2>{t('assignments.title')}</h2>
      {query.error ? <Notice tone="error">{query.error.message}</Notice> : null}
      {query.data && rows.length === 0 ? <p className="empty">{t('assignments.empty')}</p> : null}
      {rows.length > 0 ? (
        <table className="grid">
          <thead>
            <tr>
              <th>{t('assignments.from')}</th>
              <th>{t('assignments.to')}</th>
              <th>{t('assignments.structure')}</th>
              <th className="amount">{t('assignments.base')}</th>
              <th>{t('assignments.overrides')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-structure={row.structureCode}>
                <td>{format.date(row.effectiveFrom)}</td>
                <td>{row.effectiveTo ? format.date(row.effectiveTo) : t('assignments.current')}</td>
                <td dir="auto">
                  <span className="mono">{row.structureCode}</span> · {row.structureName}
                </td>
                <td className="amount">
                  <Amount value={row.baseMinor} />
                </td>
                <td className="mono" dir="ltr">
                  {Object.entries(row.overrides)
                    .map(([code, value]) => `${code} = ${value}`)
                    .join('; ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}
