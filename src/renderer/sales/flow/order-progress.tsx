import { useState } from 'react'
import type { PurchaseOrder } from '../../../shared/domain/purchasing'
import type { SalesOrder } from '../../../shared/domain/sales-flow'
import { useQuantityText } from '../../components/quantity'
import { useI18n } from '../../i18n/i18n-context'
import type { MessageKey } from '../../i18n/translate'
import { parseDecimal, QUANTITY_DECIMALS } from '../sales-numbers'
import { FlowLines } from './flow-lines'

/**
 * The quantities to invoice from what was typed (blank: what remains), each from zero up to what
 * remains; lines at zero are left out. Or the first line that does not fit.
 */
export function chosenQuantities(
  order: Pick<SalesOrder, 'progress'>,
  typed: Readonly<Record<number, string>>,
  locale: string,
): { ok: true; lines: { lineNo: number; quantity: bigint }[] } | { ok: false; lineNo: number } {
  const lines: { lineNo: number; quantity: bigint }[] = []
  for (const line of order.progress) {
    const text = typed[line.lineNo]
    const parsed = text === undefined ? null : parseDecimal(text, QUANTITY_DECIMALS, locale)
    if (parsed && !parsed.ok) return { ok: false, lineNo: line.lineNo }
    const quantity = parsed ? parsed.value : line.remaining
    if (quantity < 0n || quantity > line.remaining) return { ok: false, lineNo: line.lineNo }
    if (quantity > 0n) lines.push({ lineNo: line.lineNo, quantity })
  }
  return { ok: true, lines }
}

/**
 * Ordered, invoiced (or billed, with a purchase order's `words`) and remaining per line, with
 * what to invoice next when the order is open.
 */
export function OrderProgress(props: {
  order: Pick<SalesOrder, 'progress'>
  words?: { done: MessageKey; next: MessageKey }
  editable: boolean
  typed: Readonly<Record<number, string>>
  badLine: number | null
  onType: (lineNo: number, text: string) => void
}) {
  const { t } = useI18n()
  const quantity = useQuantityText()
  const words = props.words ?? { done: 'order.col.invoiced', next: 'order.col.toInvoice' }
  return (
    <table className="grid detail-lines order-progress">
      <thead>
        <tr>
          <th>{t('invoice.col.description')}</th>
          <th className="end">{t('order.col.ordered')}</th>
          <th className="end">{t(words.done)}</th>
          <th className="end">{t('order.col.remaining')}</th>
          {props.editable ? <th className="end">{t(words.next)}</th> : null}
        </tr>
      </thead>
      <tbody>
        {props.order.progress.map((line) => (
          <tr key={line.lineNo} data-line={line.lineNo}>
            <td>{line.description}</td>
            <td className="end">{quantity(line.ordered)}</td>
            <td className="end" data-col="invoiced">
              {quantity(line.invoiced)}
            </td>
            <td className="end" data-col="remaining">
              {quantity(line.remaining)}
            </td>
            {props.editable ? (
              <td className="end">
                <input
                  className="num quantity-input"
                  inputMode="decimal"
                  aria-label={`${t(words.next)} ${line.description}`}
                  aria-invalid={props.badLine === line.lineNo || undefined}
                  value={props.typed[line.lineNo] ?? quantity(line.remaining)}
                  onChange={(event) => props.onType(line.lineNo, event.target.value)}
                />
                {props.badLine === line.lineNo ? (
                  <div className="field-error" role="alert">
                    {t('order.badQuantity')}
                  </div>
                ) : null}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The quantities typed to invoice (or bill) next, per line, and the line that did not fit. */
export function useOrderChoice() {
  const [typed, setTyped] = useState<Record<number, string>>({})
  const [badLine, setBadLine] = useState<number | null>(null)
  return {
    typed,
    badLine,
    onType: (lineNo: number, text: string) =>
      setTyped((current) => ({ ...current, [lineNo]: text })),
    /** The lines to invoice from what was typed, or null (the bad line marked) if one does not fit. */
    choose: (order: Pick<SalesOrder, 'progress'>, locale: string) => {
      const chosen = chosenQuantities(order, typed, locale)
      setBadLine(chosen.ok ? null : chosen.lineNo)
      return chosen.ok ? chosen.lines : null
    },
  }
}

export type OrderChoice = ReturnType<typeof useOrderChoice>

/** A draft order's lines as written; an issued one's progress, to choose from while it is open. */
export function OrderLines(props: {
  order: SalesOrder | PurchaseOrder
  choice: OrderChoice
  words?: { done: MessageKey; next: MessageKey }
}) {
  const { order, choice } = props
  if (order.flowStatus === 'draft') return <FlowLines doc={order} />
  return (
    <OrderProgress
      order={order}
      words={props.words}
      editable={order.flowStatus === 'open'}
      typed={choice.typed}
      badLine={choice.badLine}
      onType={choice.onType}
    />
  )
}
