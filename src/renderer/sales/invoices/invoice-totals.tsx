import { Amount } from '../../components/amount'
import { useI18n } from '../../i18n/i18n-context'
import type { TaxedLine as Taxed } from '../../../shared/money/tax-math'

/** The lines' foot: net, tax and total, live as lines are typed. */
export function InvoiceTotals(props: { total: Taxed; error?: string }) {
  const { t } = useI18n()
  return (
    <tfoot className="entry-totals invoice-totals">
      <tr>
        <td />
        <td colSpan={6}>
          <span className="totals-label">{t('invoice.totals')}</span>{' '}
          <span className="muted small">{t('invoice.totalsNote')}</span>
        </td>
        <td className="end" data-total="net">
          <Amount value={props.total.net} />
        </td>
        <td className="end" data-total="tax">
          <Amount value={props.total.tax} />
        </td>
        <td className="end grand" data-total="gross" aria-live="polite">
          <Amount value={props.total.gross} />
        </td>
        <td />
      </tr>
      {props.error ? (
        <tr>
          <td />
          <td colSpan={10}>
            <div className="field-error" role="alert">
              {props.error}
            </div>
          </td>
        </tr>
      ) : null}
    </tfoot>
  )
}
