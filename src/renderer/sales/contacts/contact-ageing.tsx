import type { ReceivablesAgeing } from '../../../shared/domain/receivables'
import { AmountCell } from '../../components/report-table'
import { useI18n } from '../../i18n/i18n-context'
import { ageingColumns } from '../receivables/ageing-columns'

/** One contact's row of an ageing report, under the report's own bucket headings. */
export function ContactAgeing(props: { ageing: ReceivablesAgeing }) {
  const { t } = useI18n()
  const row = props.ageing.rows[0]
  if (!row) return null
  const columns = ageingColumns(props.ageing, t)
  return (
    <table className="grid report-table contact-ageing" aria-label={t('contact.ageing')}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th className="end" key={column.key}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          {columns.map((column) => (
            <AmountCell key={column.key} value={column.amount(row)} blankZero={!column.showZero} />
          ))}
        </tr>
      </tbody>
    </table>
  )
}
