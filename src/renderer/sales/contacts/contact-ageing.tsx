import type { ReceivablesAgeing } from '../../../shared/domain/receivables'
import { Amount } from '../../components/amount'
import { useI18n } from '../../i18n/i18n-context'

/** One contact's row of an ageing report, under its bucket headings. */
export function ContactAgeing(props: { ageing: ReceivablesAgeing }) {
  const { t } = useI18n()
  const row = props.ageing.rows[0]
  if (!row) return null
  return (
    <table className="grid report-table contact-ageing" aria-label={t('contact.ageing')}>
      <thead>
        <tr>
          {props.ageing.buckets.map((label, index) => (
            <th className="end" key={label}>
              {index === 0 ? t('ageing.current') : t('ageing.days', { range: label })}
            </th>
          ))}
          <th className="end">{t('ageing.col.total')}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          {row.amounts.map((amount, index) => (
            <td className="end" key={index}>
              <Amount value={amount} blankZero />
            </td>
          ))}
          <td className="end">
            <Amount value={row.total} />
          </td>
        </tr>
      </tbody>
    </table>
  )
}
