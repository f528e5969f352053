import { Amount } from '../../components/amount'
import { useI18n } from '../../i18n/i18n-context'
import { parseDecimal } from '../sales-numbers'
import { useSession } from '../../state/services'
import type { OpenInvoice } from './allocation'
import { PAYMENT_WORDS, type PaymentSide } from './payment-side'

/** The customer's open invoices with what this payment puts on each; editable. */
export function AllocationTable(props: {
  open: readonly OpenInvoice[]
  loading: boolean
  text: (index: number, id: string) => string
  amount: bigint
  errors: Readonly<Record<string, string>>
  onChange: (id: string, text: string) => void
  onOldestFirst: () => void
  side?: PaymentSide
}) {
  const words = PAYMENT_WORDS[props.side ?? 'customer']
  const { t, format } = useI18n()
  const decimals = useSession((store) => store.session?.company?.decimals ?? 2)
  let allocated = 0n
  props.open.forEach((invoice, index) => {
    const parsed = parseDecimal(props.text(index, invoice.id), decimals, format.locale)
    if (parsed?.ok) allocated += parsed.value
  })
  if (props.loading) return <p className="empty">{t('app.loading')}</p>
  if (props.open.length === 0) return <p className="muted">{t(words.noOpen)}</p>
  return (
    <section className="allocations" aria-label={t(words.allocations)}>
      <div className="toolbar">
        <h2>{t(words.allocations)}</h2>
        <button type="button" className="link" onClick={props.onOldestFirst}>
          {t('payment.oldestFirst')}
        </button>
      </div>
      <table className="grid entry-lines allocation-table">
        <thead>
          <tr>
            <th>{t(words.document)}</th>
            <th className="col-date">{t('payment.col.due')}</th>
            <th className="end col-money">{t('payment.col.open')}</th>
            <th className="end col-money">{t('payment.col.pay')}</th>
          </tr>
        </thead>
        <tbody>
          {props.open.map((invoice, index) => {
            const error = props.errors[`alloc.${invoice.id}`]
            return (
              <tr key={invoice.id} data-invoice={invoice.number}>
                <td className="mono">{invoice.number}</td>
                <td>{format.date(invoice.dueDate)}</td>
                <td className="end">
                  <Amount value={invoice.outstanding} />
                </td>
                <td>
                  <input
                    className="amount-input"
                    inputMode="decimal"
                    autoComplete="off"
                    aria-label={t('payment.payOfInvoice', { number: invoice.number })}
                    aria-invalid={error ? true : undefined}
                    value={props.text(index, invoice.id)}
                    onChange={(event) => props.onChange(invoice.id, event.target.value)}
                  />
                  {error ? (
                    <div className="cell-error" role="alert">
                      {error}
                    </div>
                  ) : null}
                </td>
              </tr>
            )
          })}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={3}>{t('payment.allocated')}</td>
            <td className="end" data-total="allocated">
              <Amount value={allocated} />
            </td>
          </tr>
          <tr>
            <td colSpan={3}>{t('payment.unallocated')}</td>
            <td className="end" data-total="unallocated">
              <Amount value={props.amount - allocated} />
            </td>
          </tr>
          {props.errors.allocations ? (
            <tr>
              <td colSpan={4}>
                <div className="field-error" role="alert">
                  {props.errors.allocations}
                </div>
              </td>
            </tr>
          ) : null}
        </tfoot>
      </table>
    </section>
  )
}
