import type { ReactNode } from 'react'
import type { PurchaseOrderStatus } from '../../../shared/domain/purchasing'
import type { SalesDocument } from '../../../shared/domain/sales'
import type { OrderStatus, QuoteStatus } from '../../../shared/domain/sales-flow'
import { useI18n } from '../../i18n/i18n-context'
import type { MessageKey } from '../../i18n/translate'
import { FlowFacts } from './flow-lines'

type FlowStatus = QuoteStatus | OrderStatus | PurchaseOrderStatus

/** Where a quote or order stands: draft, issued, open, invoiced, closed and so on. */
export function FlowStatusBadge(props: { status: FlowStatus; testId?: string }) {
  const { t } = useI18n()
  return (
    <span className={`badge flow-${props.status}`} data-testid={props.testId}>
      {t(`salesFlow.status.${props.status}`)}
    </span>
  )
}

/**
 * A quote's or order's page: its number and status, who it is for and when, then `children`
 * (lines, what came of it, buttons).
 */
export function FlowDetailCard(props: {
  doc: SalesDocument & { flowStatus: FlowStatus }
  className: string
  unnumbered: MessageKey
  children: ReactNode
}) {
  const { t } = useI18n()
  const { doc } = props
  return (
    <div className={`page entry-detail ${props.className}`}>
      <div className="card">
        <div className="detail-head">
          <h2 className="mono">{doc.number ?? t(props.unnumbered)}</h2>
          <FlowStatusBadge status={doc.flowStatus} testId="flow-status" />
        </div>
        <FlowFacts doc={doc} />
        {props.children}
      </div>
    </div>
  )
}
