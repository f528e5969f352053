import type { SalesDocument } from '../../shared/domain/sales'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import { routeHref } from '../routing/routes'
import { useInvoke } from '../state/services'
import {
  PostedDocumentDetail,
  type PostedDocumentKind,
} from '../sales/invoices/posted-document-detail'
import { BillLinesTable } from './bill-lines-table'

const BILL: PostedDocumentKind = {
  main: 'bill',
  drafts: ['bill'],
  calls: {
    get: 'bills.get',
    post: 'bills.post',
    deleteDraft: 'bills.deleteDraft',
    cancel: 'bills.cancel',
    applyCredit: (invoke, id) => invoke('bills.applyCredit', { billId: id }),
  },
  pages: {
    list: 'bills',
    contact: 'supplier',
    edit: 'bill-new',
    pay: 'supplier-payment-new',
    note: (id) => ({ page: 'debit-note-new', bill: id }),
  },
  words: {
    contact: 'bill.field.supplier',
    reference: 'bill.field.reference',
    edit: 'billDetail.edit',
    post: 'billDetail.post',
    delete: 'billDetail.deleteDraft',
    pay: 'billDetail.pay',
    useCredit: 'billDetail.useCredit',
    note: 'billDetail.debitNote',
    cancel: 'billDetail.cancel',
    cancelConfirm: 'billDetail.cancel',
  },
  className: 'invoice-detail bill-detail',
  referenceFirst: true,
  stock: 'receipt',
  lines: (doc) => <BillLinesTable doc={doc} />,
  source: (doc) => <BillSource doc={doc} />,
}

/** One bill or debit note: lines, status, what is still owed; post, pay, cancel or debit it. */
export function BillDetail(props: { id: string }) {
  return <PostedDocumentDetail kind={BILL} id={props.id} />
}

/** The purchase order a bill was made from; the bill a debit note corrects. */
function BillSource(props: { doc: SalesDocument }) {
  const { t } = useI18n()
  const { doc } = props
  if (!doc.sourceDocumentId) return null
  if (doc.type === 'bill')
    return (
      <>
        <dt>{t('invoiceDetail.madeFrom')}</dt>
        <dd>
          <PurchaseOrderLink id={doc.sourceDocumentId} />
        </dd>
      </>
    )
  return (
    <>
      <dt>{t('invoiceDetail.source')}</dt>
      <dd>
        <a href={routeHref({ page: 'bill', id: doc.sourceDocumentId })}>{t('nav.bill')}</a>
      </dd>
    </>
  )
}

function PurchaseOrderLink(props: { id: string }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const query = useQuery(props.id, () => invoke('purchaseOrders.get', { id: props.id }))
  if (!query.data) return <>{query.error ? '—' : t('app.loading')}</>
  return (
    <a className="mono" href={routeHref({ page: 'purchase-order', id: props.id })}>
      {query.data.number ?? t('nav.purchaseOrder')}
    </a>
  )
}
