import type { StockLedger } from '../../../shared/domain/inventory-reports'
import { useQuantityText } from '../../components/quantity'
import { AmountCell } from '../../components/report-table'
import { useI18n } from '../../i18n/i18n-context'
import { routeHref } from '../../routing/routes'
import { JournalLink } from './journal-link'

/** An item's stock card: opening, each move (its document a link), running balance, closing. */
export function StockLedgerTable(props: { ledger: StockLedger }) {
  const { t, format } = useI18n()
  const quantity = useQuantityText()
  const ledger = props.ledger
  return (
    <table className="grid report-table stock-ledger" aria-label={t('nav.stockLedger')}>
      <thead>
        <tr>
          <th>{t('stockReport.col.date')}</th>
          <th>{t('stockReport.col.document')}</th>
          <th>{t('stockReport.col.warehouse')}</th>
          <th>{t('stockReport.col.counterpart')}</th>
          <th>{t('stockReport.col.lot')}</th>
          <th>{t('stockReport.col.bin')}</th>
          <th className="end">{t('stockReport.col.in')}</th>
          <th className="end">{t('stockReport.col.out')}</th>
          <th className="end">{t('stockReport.col.value')}</th>
          <th className="end">{t('stockReport.col.balance')}</th>
          <th className="end">{t('stockReport.col.balanceValue')}</th>
        </tr>
      </thead>
      <tbody>
        <tr className="subtotal">
          <td colSpan={9}>{t('stockReport.opening')}</td>
          <td className="end amount">{quantity(ledger.opening.quantity)}</td>
          <AmountCell value={ledger.opening.value} />
        </tr>
        {ledger.lines.map((line) => (
          <tr key={line.moveId}>
            <td>{format.date(line.date)}</td>
            <td>
              <a className="mono" href={routeHref({ page: 'stock-doc', id: line.documentId })}>
                {line.documentNumber ?? t('stockDoc.unnumbered')}
              </a>{' '}
              <span className="muted small">{documentTypeLabel(t, line.documentType)}</span>{' '}
              {line.value !== 0n ? (
                <JournalLink
                  documentId={line.documentId}
                  cancel={line.kind === 'cancel'}
                  label={t('stockReport.journalOf', { number: line.documentNumber ?? '' })}
                />
              ) : null}
            </td>
            <td className="mono">{line.warehouseCode}</td>
            <td>{line.counterpart}</td>
            <td className="mono">{line.lotNumber ?? ''}</td>
            <td className="mono">{line.binCode ?? ''}</td>
            <td className="end amount">{line.quantity > 0n ? quantity(line.quantity) : ''}</td>
            <td className="end amount">{line.quantity < 0n ? quantity(-line.quantity) : ''}</td>
            <AmountCell value={line.value} />
            <td className="end amount">{quantity(line.runningQuantity)}</td>
            <AmountCell value={line.runningValue} />
          </tr>
        ))}
        <tr className="subtotal">
          <td colSpan={9}>{t('stockReport.closing')}</td>
          <td className="end amount" data-testid="ledger-closing-quantity">
            {quantity(ledger.closing.quantity)}
          </td>
          <AmountCell value={ledger.closing.value} />
        </tr>
      </tbody>
    </table>
  )
}

const TYPES = ['receipt', 'delivery', 'transfer', 'adjustment', 'count', 'opening'] as const

/** "Goods receipt" for 'receipt'; a type this screen does not know is shown as it is. */
export function documentTypeLabel(t: ReturnType<typeof useI18n>['t'], type: string): string {
  const known = TYPES.find((candidate) => candidate === type)
  return known ? t(`stockDoc.type.${known}`) : type
}
