import { lineAmount } from '../../../shared/money/tax-math'
import { Amount } from '../../components/amount'
import { useI18n } from '../../i18n/i18n-context'
import { parseDecimal, QUANTITY_DECIMALS } from '../sales-numbers'
import type { CartLine } from './cash-sale-cart'

/** The cart: code, name, editable quantity, price and amount; Delete on a quantity drops the line. */
export function CashSaleLines(props: {
  lines: readonly CartLine[]
  badLine: number | null
  onQuantity: (index: number, text: string) => void
  onRemove: (index: number) => void
}) {
  const { t, format } = useI18n()
  return (
    <table className="grid cash-sale-lines">
      <thead>
        <tr>
          <th>{t('invoice.col.product')}</th>
          <th>{t('invoice.col.description')}</th>
          <th className="end">{t('invoice.col.quantity')}</th>
          <th className="end">{t('invoice.col.price')}</th>
          <th className="end">{t('cashSale.col.amount')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {props.lines.length === 0 ? (
          <tr>
            <td colSpan={6} className="empty">
              {t('cashSale.emptyCart')}
            </td>
          </tr>
        ) : null}
        {props.lines.map((line, index) => {
          const parsed = parseDecimal(line.quantity, QUANTITY_DECIMALS, format.locale)
          const amount = parsed?.ok ? lineAmount(parsed.value, line.unitPrice) : 0n
          const bad = props.badLine === index
          return (
            <tr key={line.productId} data-code={line.code}>
              <td className="mono">{line.code}</td>
              <td>{line.name}</td>
              <td className="end">
                <input
                  className="num quantity-input"
                  inputMode="decimal"
                  aria-label={t('cashSale.quantityOf', { name: line.name })}
                  aria-invalid={bad || undefined}
                  value={line.quantity}
                  onChange={(event) => props.onQuantity(index, event.target.value)}
                  onKeyDown={(event) => {
                    if (event.key === 'Delete' && event.ctrlKey) props.onRemove(index)
                  }}
                />
                {bad ? (
                  <div className="field-error" role="alert">
                    {t('cashSale.badQuantity')}
                  </div>
                ) : null}
              </td>
              <td className="end">
                <Amount value={line.unitPrice} />
              </td>
              <td className="end">
                <Amount value={amount} />
              </td>
              <td>
                <button
                  type="button"
                  className="quiet"
                  aria-label={t('cashSale.remove', { name: line.name })}
                  onClick={() => props.onRemove(index)}
                >
                  ×
                </button>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
