import type { RefObject } from 'react'
import { useI18n } from '../../i18n/i18n-context'

/** The total, large; cash or card; what was handed over and the change; complete the sale. */
export function CashSalePay(props: {
  total: bigint
  method: 'cash' | 'card'
  onMethod: (method: 'cash' | 'card') => void
  tendered: string
  tenderedRef: RefObject<HTMLInputElement | null>
  /** Escape in the tendered box: back to the search. */
  onBack: () => void
  onTendered: (text: string) => void
  tenderedError?: string
  change: bigint | null
  busy: boolean
  onComplete: () => void
}) {
  const { t, format } = useI18n()
  return (
    <div className="cash-sale-pay">
      <div className="cash-sale-total">
        <div className="stat-label">{t('cashSale.total')}</div>
        <div className="cash-sale-total-value" data-testid="cash-sale-total">
          {format.money(props.total)}
        </div>
      </div>
      <div className="cash-sale-methods" role="radiogroup" aria-label={t('cashSale.method')}>
        {(['cash', 'card'] as const).map((method) => (
          <button
            key={method}
            type="button"
            role="radio"
            aria-checked={props.method === method}
            className={props.method === method ? 'primary' : undefined}
            onClick={() => props.onMethod(method)}
          >
            {t(`cashSale.method.${method}`)} <kbd>{method === 'cash' ? 'F2' : 'F3'}</kbd>
          </button>
        ))}
      </div>
      {props.method === 'cash' ? (
        <div className="field">
          <label htmlFor="cash-sale-tendered">{t('cashSale.tendered')}</label>
          <input
            id="cash-sale-tendered"
            className="num"
            inputMode="decimal"
            ref={props.tenderedRef}
            value={props.tendered}
            onKeyDown={(event) => {
              if (event.key === 'Escape') props.onBack()
            }}
            aria-invalid={props.tenderedError ? true : undefined}
            onChange={(event) => props.onTendered(event.target.value)}
          />
          {props.tenderedError ? (
            <div className="field-error" role="alert">
              {props.tenderedError}
            </div>
          ) : null}
          <div className="cash-sale-change">
            {t('cashSale.change')}{' '}
            <strong data-testid="cash-sale-change">
              {props.change === null ? '—' : format.money(props.change)}
            </strong>
          </div>
        </div>
      ) : null}
      <button type="button" className="primary" disabled={props.busy} onClick={props.onComplete}>
        {t('cashSale.complete')} <kbd>Ctrl+Enter</kbd>
      </button>
    </div>
  )
}
