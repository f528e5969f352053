import type { SalesDocument } from '../../shared/domain/sales'
import { useI18n } from '../i18n/i18n-context'
import { routeHref } from '../routing/routes'
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

/** The bill a debit note corrects. */
function BillSource(props: { doc: SalesDocument }) {
  const { t } = useI18n()
  if (!props.doc.sourceDocumentId) return null
  return (
    <>
      <dt>{t('invoiceDetail.source')}</dt>
      <dd>
        <a href={routeHref({ page: 'bill', id: props.doc.sourceDocumentId })}>{t('nav.bill')}</a>
      </dd>
    </>
  )
}
