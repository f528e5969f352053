import type { PurchaseOrder } from '../../../shared/domain/purchasing'
import type { Quote, SalesOrder } from '../../../shared/domain/sales-flow'
import { useI18n } from '../../i18n/i18n-context'
import type { MessageKey } from '../../i18n/translate'
import { routeHref, type Route } from '../../routing/routes'
import { DocumentAmount } from '../currency/currency-amount'
import { FlowStatusBadge } from './flow-detail-card'

export interface FlowRow {
  doc: Quote | SalesOrder | PurchaseOrder
  route: Route
  /** What the document is (quote, order), where a table mixes them. */
  kind?: string
}

/** Quotes or orders, each a link by its number, with date, status and total. */
export function FlowTable(props: {
  label: string
  rows: readonly FlowRow[]
  /** Whether the rows have come, so that none means there are none. */
  loaded: boolean
  empty: MessageKey
  unnumbered: MessageKey
  /** A first column saying what each document is. */
  kindColumn?: boolean
  /** A column naming the customer or supplier, under this heading. */
  contactColumn?: MessageKey
}) {
  const { t, format } = useI18n()
  return (
    <table className="grid" aria-label={props.label}>
      <thead>
        <tr>
          {props.kindColumn ? <th>{t('statement.col.kind')}</th> : null}
          <th className="col-number">{t('salesFlow.col.number')}</th>
          <th className="col-date">{t('salesFlow.col.date')}</th>
          {props.contactColumn ? <th>{t(props.contactColumn)}</th> : null}
          <th>{t('salesFlow.col.status')}</th>
          <th className="end">{t('salesFlow.col.total')}</th>
        </tr>
      </thead>
      <tbody>
        {props.loaded && props.rows.length === 0 ? (
          <tr>
            <td colSpan={5} className="empty">
              {t(props.empty)}
            </td>
          </tr>
        ) : null}
        {props.rows.map(({ doc, route, kind }) => (
          <tr key={doc.id} data-number={doc.number ?? ''}>
            {props.kindColumn ? <td>{kind}</td> : null}
            <td className="mono">
              <a href={routeHref(route)}>{doc.number ?? t(props.unnumbered)}</a>
            </td>
            <td>{format.date(doc.date)}</td>
            {props.contactColumn ? <td>{doc.contactName}</td> : null}
            <td>
              <FlowStatusBadge status={doc.flowStatus} />
            </td>
            <td className="end">
              <DocumentAmount value={doc.gross} currency={doc.currency} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
