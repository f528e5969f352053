import type { SalesDocument } from '../../../shared/domain/sales'
import { useI18n } from '../../i18n/i18n-context'
import { routeHref } from '../../routing/routes'
import { CurrencyScope } from '../currency/currency-amount'
import { DocumentCurrencyFacts } from '../currency/document-currency-facts'
import { DocumentLines } from '../document-detail/document-lines'
import { lineColumns } from '../document-detail/line-columns'

/** A quote's or order's lines, read only, with the document's totals. */
export function FlowLines(props: { doc: SalesDocument }) {
  const { t } = useI18n()
  return (
    <CurrencyScope currency={props.doc.currency}>
      <DocumentLines
        doc={props.doc}
        columns={[
          lineColumns.description(t('invoice.col.description')),
          lineColumns.quantity(t('invoice.col.quantity')),
          lineColumns.unitPrice(t('invoice.col.price')),
          lineColumns.amount('net', t('invoice.col.net')),
          lineColumns.amount('tax', t('invoice.col.taxAmount')),
          lineColumns.amount('gross', t('invoice.col.gross')),
        ]}
        totalsLabel={t('invoice.totals')}
      />
    </CurrencyScope>
  )
}

/** Customer (supplier, for a purchase order), date and reference of a quote or order. */
export function FlowFacts(props: { doc: SalesDocument }) {
  const { t, format } = useI18n()
  const buying = props.doc.type === 'purchase_order'
  const contact = routeHref({ page: buying ? 'supplier' : 'contact', id: props.doc.contactId })
  return (
    <dl className="detail-facts">
      <dt>{t(buying ? 'bill.field.supplier' : 'invoice.field.customer')}</dt>
      <dd>
        <a href={contact}>{props.doc.contactName}</a>
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
