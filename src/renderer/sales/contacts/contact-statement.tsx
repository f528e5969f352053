import { useState } from 'react'
import { addDays } from '../../../shared/dates'
import { Amount } from '../../components/amount'
import { Notice } from '../../components/notice'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { useInvoke, useSession } from '../../state/services'

/**
 * The customer's payments, credit notes and cancellations from the statement report, newest
 * first, each with the balance it left; the period starts a year back unless changed.
 */
export function ContactStatement(props: { contactId: string; asOf: string }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const companyPath = useSession((store) => store.session?.company?.path ?? '')
  const [from, setFrom] = useState(() => addDays(props.asOf, -365))
  const query = useQuery(`${companyPath}|${props.contactId}|${from}|${props.asOf}`, () =>
    invoke('reports.customerStatement', { contact: props.contactId, from, to: props.asOf }),
  )
  const rows = [...(query.data?.lines ?? [])].filter((line) => line.credit !== 0n).reverse()

  return (
    <section className="card contact-statement">
      <div className="detail-head">
        <h2>{t('statement.title')}</h2>
        <label className="inline-label head-actions">
          {t('statement.from')}
          <input
            type="date"
            value={from}
            onChange={(event) => event.target.value && setFrom(event.target.value)}
          />
        </label>
      </div>
      {query.error ? <Notice tone="error">{query.error.message}</Notice> : null}
      <table className="grid" aria-label={t('statement.title')}>
        <thead>
          <tr>
            <th className="col-date">{t('statement.col.date')}</th>
            <th>{t('statement.col.kind')}</th>
            <th className="col-number">{t('statement.col.number')}</th>
            <th className="end">{t('statement.col.credit')}</th>
            <th className="end">{t('statement.col.balance')}</th>
          </tr>
        </thead>
        <tbody>
          {query.data && rows.length === 0 ? (
            <tr>
              <td colSpan={5} className="empty">
                {t('statement.none')}
              </td>
            </tr>
          ) : null}
          {rows.map((line, index) => (
            <tr key={`${line.number}|${index}`} data-kind={line.kind}>
              <td>{format.date(line.date)}</td>
              <td>{t(`statement.kind.${line.kind}`)}</td>
              <td className="mono">{line.number}</td>
              <td className="end">
                <Amount value={line.credit} />
              </td>
              <td className="end">
                <Amount value={line.balance} />
              </td>
            </tr>
          ))}
        </tbody>
        {query.data ? (
          <tfoot>
            <tr>
              <td colSpan={4}>{t('statement.closing')}</td>
              <td className="end">
                <Amount value={query.data.closing} />
              </td>
            </tr>
          </tfoot>
        ) : null}
      </table>
    </section>
  )
}
