import { useState } from 'react'
import type { PurchaseOrder } from '../../../shared/domain/purchasing'
import type { Quote, SalesOrder } from '../../../shared/domain/sales-flow'
import { Notice } from '../../components/notice'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import type { MessageKey } from '../../i18n/translate'
import { routeHref } from '../../routing/routes'
import { useInvoke, useSession } from '../../state/services'
import { FlowTable } from './flow-table'

type FlowListKind = 'quotes' | 'sales-orders' | 'purchase-orders'

/** What differs between the quote, sales order and purchase order lists. */
const LISTS: Record<
  FlowListKind,
  {
    list: 'quotes.list' | 'salesOrders.list' | 'purchaseOrders.list'
    pages: {
      one: 'quote' | 'sales-order' | 'purchase-order'
      new: 'quote-new' | 'sales-order-new' | 'purchase-order-new'
    }
    words: { new: MessageKey; label: MessageKey; contact: MessageKey; unnumbered: MessageKey }
  }
> = {
  quotes: {
    list: 'quotes.list',
    pages: { one: 'quote', new: 'quote-new' },
    words: {
      new: 'quote.new',
      label: 'nav.quotes',
      contact: 'salesFlow.col.customer',
      unnumbered: 'quote.unnumbered',
    },
  },
  'sales-orders': {
    list: 'salesOrders.list',
    pages: { one: 'sales-order', new: 'sales-order-new' },
    words: {
      new: 'salesOrder.new',
      label: 'nav.salesOrders',
      contact: 'salesFlow.col.customer',
      unnumbered: 'order.unnumbered',
    },
  },
  'purchase-orders': {
    list: 'purchaseOrders.list',
    pages: { one: 'purchase-order', new: 'purchase-order-new' },
    words: {
      new: 'purchaseOrder.new',
      label: 'nav.purchaseOrders',
      contact: 'bills.col.supplier',
      unnumbered: 'purchaseOrder.unnumbered',
    },
  },
}

/**
 * Quotes, sales orders or purchase orders, newest first; "open only" hides the settled ones.
 * Each row is a link.
 */
export function FlowList(props: { kind: FlowListKind; contactId?: string }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const companyPath = useSession((store) => store.session?.company?.path ?? '')
  const [openOnly, setOpenOnly] = useState(true)
  const kind = LISTS[props.kind]
  const query = useQuery<readonly (Quote | SalesOrder | PurchaseOrder)[]>(
    `${companyPath}|${props.kind}|${props.contactId ?? ''}|${openOnly}`,
    () => invoke(kind.list, { contactId: props.contactId, openOnly }),
  )
  const rows = [...(query.data ?? [])]
    .reverse()
    .map((doc) => ({ doc, route: { page: kind.pages.one, id: doc.id } }))

  return (
    <div className="page list-page flow-list">
      <div className="toolbar filters">
        <label className="inline-label">
          <input
            type="checkbox"
            checked={openOnly}
            onChange={(event) => setOpenOnly(event.target.checked)}
          />
          {t('salesFlow.openOnly')}
        </label>
        <a className="button-link primary-link" href={routeHref({ page: kind.pages.new })}>
          {t(kind.words.new)}
        </a>
      </div>
      {query.error ? <Notice tone="error">{query.error.message}</Notice> : null}
      <FlowTable
        label={t(kind.words.label)}
        rows={rows}
        loaded={query.data !== undefined}
        empty="salesFlow.nothing"
        unnumbered={kind.words.unnumbered}
        contactColumn={kind.words.contact}
      />
    </div>
  )
}
