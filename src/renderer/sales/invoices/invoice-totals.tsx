import type { ReactNode } from 'react'
import { Amount } from '../../components/amount'
import { LinesErrorRow } from '../../components/line-grid'
import { useI18n } from '../../i18n/i18n-context'
import type { TaxedLine as Taxed } from '../../../shared/money/tax-math'

/**
 * The lines' foot: net, tax and total, live as lines are typed; `base`, under them, says what a
 * foreign document's total is in the company's currency.
 */
export function InvoiceTotals(props: { total: Taxed; error?: string; base?: ReactNode }) {
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
      {props.base ? (
        <tr>
          <td />
          <td colSpan={8} className="end">
            {props.base}
          </td>
          <td />
        </tr>
      ) : null}
      <LinesErrorRow error={props.error} colSpan={10} />
    </tfoot>
  )
}
