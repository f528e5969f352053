import type { SalesDocument } from '../../../shared/domain/sales'
import { Amount } from '../../components/amount'
import { useI18n } from '../../i18n/i18n-context'
import { quantityText } from '../sales-numbers'
import { CurrencyScope } from '../currency/currency-amount'
import { DocumentCurrencyFacts } from '../currency/document-currency-facts'

/** A quote's or order's lines, read only, with the document's totals. */
export function FlowLines(props: { doc: SalesDocument }) {
  const { t } = useI18n()
  const doc = props.doc
  return (
    <CurrencyScope currency={doc.currency}>
      <table className="grid detail-lines">
        <thead>
          <tr>
            <th>{t('invoice.col.description')}</th>
            <th className="end">{t('invoice.col.quantity')}</th>
            <th className="end">{t('invoice.col.price')}</th>
            <th className="end">{t('invoice.col.net')}</th>
            <th className="end">{t('invoice.col.taxAmount')}</th>
            <th className="end">{t('invoice.col.gross')}</th>
          </tr>
        </thead>
        <tbody>
          {doc.lines.map((line) => (
            <tr key={line.lineNo}>
              <td>{line.description}</td>
              <td className="end">{quantityText(line.quantity)}</td>
              <td className="end">
                <Amount value={line.unitPrice} />
              </td>
              <td className="end">
                <Amount value={line.net} />
              </td>
              <td className="end">
                <Amount value={line.tax} />
              </td>
              <td className="end">
                <Amount value={line.gross} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={3}>{t('invoice.totals')}</td>
            <td className="end">
              <Amount value={doc.net} />
            </td>
            <td className="end">
              <Amount value={doc.tax} />
            </td>
            <td className="end" data-total="gross">
              <Amount value={doc.gross} />
            </td>
          </tr>
        </tfoot>
      </table>
    </CurrencyScope>
  )
}

/** Customer (supplier, for a purchase order), date and reference of a quote or order. */
export function FlowFacts(props: { doc: SalesDocument; href: string }) {
  const { t, format } = useI18n()
  const buying = props.doc.type === 'purchase_order'
  return (
    <dl className="detail-facts">
      <dt>{t(buying ? 'bill.field.supplier' : 'invoice.field.customer')}</dt>
      <dd>
        <a href={props.href}>{props.doc.contactName}</a>
      </dd>
      <dt>{t('invoice.field.date')}</dt>
      <dd>{format.date(props.doc.date)}</dd>
      <dt>{t('invoice.field.reference')}</dt>
      <dd>{props.doc.reference || '—'}</dd>
      <DocumentCurrencyFacts doc={props.doc} />
      {props.doc.memo ? (
        <>
          <dt>{t('invoice.field.memo')}</dt>
          <dd>{props.doc.memo}</dd>
        </>
      ) : null}
    </dl>
  )
}
