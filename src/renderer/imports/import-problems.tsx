import type { ImportProblem } from '../../shared/errors'
import { useI18n } from '../i18n/i18n-context'

/** Every bad line of a refused file, in line order: where it is and what is wrong. */
export function ImportProblems(props: { problems: readonly ImportProblem[] }) {
  const { t, tn, format } = useI18n()
  return (
    <div className="import-problems">
      <p className="field-error import-problems-summary" role="alert">
        {tn('import.problems', props.problems.length)}
      </p>
      <table className="grid import-problems-table">
        <thead>
          <tr>
            <th className="col-line end">{t('import.col.line')}</th>
            <th className="col-field">{t('import.col.field')}</th>
            <th>{t('import.col.message')}</th>
          </tr>
        </thead>
        <tbody>
          {props.problems.map((problem, index) => (
            <tr key={index} data-line={problem.line}>
              <td className="col-line end mono">{format.number(problem.line)}</td>
              <td className="col-field mono">{problem.field ?? '—'}</td>
              <td dir="auto">{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
