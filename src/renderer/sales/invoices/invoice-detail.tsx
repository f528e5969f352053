import type { SalesDocument } from '../../../shared/domain/sales'
import { useI18n } from '../../i18n/i18n-context'
import { routeHref } from '../../routing/routes'
import { SourceLink } from '../flow/source-link'
import { PrintButton } from '../print/print-button'
import { InvoiceLinesTable } from './invoice-lines-table'
import { PostedDocumentDetail, type PostedDocumentKind } from './posted-document-detail'

const INVOICE: PostedDocumentKind = {
  main: 'invoice',
  drafts: ['invoice', 'credit_note'],
  calls: {
    get: 'invoices.get',
    post: 'invoices.post',
    deleteDraft: 'invoices.deleteDraft',
    cancel: 'invoices.cancel',
    applyCredit: (invoke, id) => invoke('invoices.applyCredit', { invoiceId: id }),
  },
  pages: {
    list: 'invoices',
    contact: 'contact',
    edit: 'invoice-new',
    pay: 'payment-new',
    note: (id) => ({ page: 'credit-note-new', invoice: id }),
  },
  words: {
    contact: 'invoice.field.customer',
    reference: 'invoice.field.reference',
    edit: 'invoiceDetail.edit',
    post: 'invoiceDetail.post',
    delete: 'invoiceDetail.delete',
    pay: 'invoiceDetail.receivePayment',
    useCredit: 'invoiceDetail.useCredit',
    note: 'invoiceDetail.creditNote',
    cancel: 'invoiceDetail.cancel',
    cancelConfirm: 'invoiceDetail.cancelConfirm',
  },
  className: 'invoice-detail',
  referenceFirst: false,
  stock: 'delivery',
  lines: (doc) => <InvoiceLinesTable doc={doc} />,
  source: (doc) => <InvoiceSource doc={doc} />,
  extraActions: (doc) =>
    doc.status !== 'draft' ? (
      <PrintButton kind={doc.type === 'credit_note' ? 'credit-note' : 'invoice'} id={doc.id} />
    ) : null,
}

/** One invoice: lines, status, what is paid and owed; post, cancel or credit it. */
export function InvoiceDetail(props: { id: string }) {
  return <PostedDocumentDetail kind={INVOICE} id={props.id} />
}

/** The quote or order an invoice was made from; the invoice a credit note corrects. */
function InvoiceSource(props: { doc: SalesDocument }) {
  const { t } = useI18n()
  const { doc } = props
  if (!doc.sourceDocumentId) return null
  if (doc.type === 'invoice')
    return (
      <>
        <dt>{t('invoiceDetail.madeFrom')}</dt>
        <dd>
          <SourceLink id={doc.sourceDocumentId} />
        </dd>
      </>
    )
  return (
    <>
      <dt>{t('invoiceDetail.source')}</dt>
      <dd>
        <a href={routeHref({ page: 'invoice', id: doc.sourceDocumentId })}>{t('nav.invoice')}</a>
      </dd>
    </>
  )
}
