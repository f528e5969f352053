import type { Lot } from '../../shared/domain/inventory-items'
import { useQuantityText } from '../components/quantity'
import { useI18n } from '../i18n/i18n-context'
import type { MessageKey } from '../i18n/translate'
import { quantityText } from '../sales/sales-numbers'
import { CostInput } from './adjustment-cost'
import { isBlank, lineQuantity, type ScanLine } from './scan-lines'

export type LinesMode = 'receipt' | 'delivery' | 'transfer' | 'adjustment' | 'count'

/** On hand in the chosen warehouse and available company-wide, by product. */
export type StockLevels = ReadonlyMap<string, { onHand: bigint; available: bigint }>

const EXPECTED: Record<LinesMode, MessageKey> = {
  receipt: 'stock.col.toReceive',
  delivery: 'stock.col.toDeliver',
  transfer: 'stock.col.expected',
  adjustment: 'stock.col.expected',
  count: 'stock.col.expected',
}

/**
 * The scanned lines with large − / + steppers; in a quantity box ↑ ↓ step by one and Enter goes
 * back to the scan box. Lines short of what is expected show it; a line the engine refused
 * carries its message.
 */
export function StockLines(props: {
  mode: LinesMode
  lines: readonly ScanLine[]
  errors: ReadonlyMap<string, string>
  lastKey: string | null
  levels?: StockLevels
  /** Lots in stock to offer in an outgoing line's lot box. */
  lots?: ReadonlyMap<string, readonly Lot[]>
  /** An adjustment's unit costs for lines bringing stock in: the defaults, in the currency's digits. */
  costs?: { defaults: ReadonlyMap<string, bigint>; decimals: number }
  onChange: (key: string, patch: Partial<ScanLine>) => void
  onStep: (key: string, delta: bigint) => void
  onRemove: (key: string) => void
  onDone: () => void
}) {
  const { t, format } = useI18n()
  const shown = useQuantityText()
  const showLots = props.lines.some((line) => line.lotTracked || line.lotNumber)
  const showExpected = props.lines.some((line) => line.expected !== null)
  const counting = props.mode === 'count'
  const incoming = props.mode === 'receipt' || props.mode === 'adjustment'
  const columns =
    5 +
    (showLots ? (incoming ? 2 : 1) : 0) +
    (props.costs ? 1 : 0) +
    (showExpected ? 1 : 0) +
    (counting ? 1 : 0) +
    (props.levels ? 2 : 0)
  return (
    <table className="grid stock-lines" aria-label={t('stock.lines')}>
      <thead>
        <tr>
          <th>{t('stock.col.code')}</th>
          <th>{t('stock.col.item')}</th>
          {showLots ? <th>{t('stock.col.lot')}</th> : null}
          {showLots && incoming ? <th>{t('stock.col.expiry')}</th> : null}
          {props.levels ? <th className="end">{t('stock.col.onHand')}</th> : null}
          {props.levels ? <th className="end">{t('stock.col.available')}</th> : null}
          {showExpected ? <th className="end">{t(EXPECTED[props.mode])}</th> : null}
          <th className="end">{t(counting ? 'stock.col.counted' : 'stock.col.quantity')}</th>
          {counting ? <th className="end">{t('stock.col.variance')}</th> : null}
          <th>{t('stock.col.unit')}</th>
          {props.costs ? <th className="end">{t('stock.col.unitCost')}</th> : null}
          <th />
        </tr>
      </thead>
      <tbody>
        {props.lines.length === 0 ? (
          <tr>
            <td colSpan={columns} className="empty">
              {t('stock.noLines')}
            </td>
          </tr>
        ) : null}
        {props.lines.map((line) => {
          const quantity = lineQuantity(line, format.locale)
          const error = props.errors.get(line.key)
          const level = props.levels?.get(line.productId)
          const done = line.expected !== null && quantity !== null && quantity >= line.expected
          const blank = counting && isBlank(line)
          const variance = quantity === null || blank ? null : quantity - (line.expected ?? 0n)
          const classes = [
            line.key === props.lastKey ? 'last' : '',
            done && !counting ? 'done' : '',
            error ? 'refused' : '',
          ]
          return (
            <tr key={line.key} data-code={line.code} className={classes.join(' ').trim()}>
              <td className="mono">{line.code}</td>
              <td>
                {line.name}
                {error ? (
                  <div className="field-error" role="alert">
                    {error}
                  </div>
                ) : null}
              </td>
              {showLots ? (
                <td>
                  {line.lotTracked || line.lotNumber ? (
                    <input
                      className="lot-input"
                      list={props.lots?.has(line.productId) ? `lots-${line.key}` : undefined}
                      aria-label={t('stock.lotOf', { name: line.name })}
                      value={line.lotNumber}
                      onChange={(event) =>
                        props.onChange(line.key, { lotNumber: event.target.value })
                      }
                    />
                  ) : null}
                  {props.lots?.has(line.productId) ? (
                    <datalist id={`lots-${line.key}`}>
                      {props.lots.get(line.productId)?.map((lot) => (
                        <option key={lot.id} value={lot.number}>
                          {lot.expiryDate ? format.date(lot.expiryDate) : ''}
                        </option>
                      ))}
                    </datalist>
                  ) : null}
                </td>
              ) : null}
              {showLots && incoming ? (
                <td>
                  {line.lotTracked ? (
                    <input
                      type="date"
                      aria-label={t('stock.expiryOf', { name: line.name })}
                      value={line.lotExpiry}
                      onChange={(event) =>
                        props.onChange(line.key, { lotExpiry: event.target.value })
                      }
                    />
                  ) : null}
                </td>
              ) : null}
              {props.levels ? (
                <td className="end num" data-testid="on-hand">
                  {level ? shown(level.onHand) : '—'}
                </td>
              ) : null}
              {props.levels ? (
                <td className="end num">{level ? shown(level.available) : '—'}</td>
              ) : null}
              {showExpected ? (
                <td className="end num" data-testid="expected">
                  {line.expected === null ? '—' : shown(line.expected)}
                  {done && !counting ? <span className="tick"> ✓</span> : null}
                </td>
              ) : null}
              <td className="end">
                <span className="stepper">
                  <button
                    type="button"
                    className="step"
                    aria-label={t('stock.less', { name: line.name })}
                    onClick={() => props.onStep(line.key, -1000n)}
                  >
                    −
                  </button>
                  <input
                    className="num quantity-input"
                    inputMode="decimal"
                    aria-label={t('stock.quantityOf', { name: line.name })}
                    aria-invalid={quantity === null || error ? true : undefined}
                    value={line.quantity}
                    placeholder={counting ? '' : '0'}
                    onChange={(event) => props.onChange(line.key, { quantity: event.target.value })}
                    onKeyDown={(event) => {
                      if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
                        event.preventDefault()
                        props.onStep(line.key, event.key === 'ArrowUp' ? 1000n : -1000n)
                      } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
                        event.preventDefault()
                        props.onDone()
                      }
                    }}
                  />
                  <button
                    type="button"
                    className="step"
                    aria-label={t('stock.more', { name: line.name })}
                    onClick={() => props.onStep(line.key, 1000n)}
                  >
                    +
                  </button>
                </span>
              </td>
              {counting ? (
                <td
                  className={variance !== null && variance < 0n ? 'end num negative' : 'end num'}
                  data-testid="variance"
                >
                  {variance === null ? '—' : quantityText(variance, format.locale, true)}
                </td>
              ) : null}
              <td>{line.unit}</td>
              {props.costs ? (
                <td className="end">
                  {quantity !== null && quantity > 0n ? (
                    <CostInput
                      line={line}
                      defaultCost={props.costs.defaults.get(line.productId)}
                      decimals={props.costs.decimals}
                      onChange={(text) => props.onChange(line.key, { unitCost: text })}
                    />
                  ) : null}
                </td>
              ) : null}
              <td>
                <button
                  type="button"
                  className="quiet"
                  aria-label={t('stock.remove', { name: line.name })}
                  onClick={() => props.onRemove(line.key)}
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
