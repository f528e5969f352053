import type { DocumentType, SalesDocument } from '../../shared/domain/sales'
import { Field } from '../components/field'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import type { MessageKey } from '../i18n/translate'
import { useSalesCatalog } from '../sales/use-sales-catalog'
import { useInvoke } from '../state/services'

const SOURCE_WORDS: Partial<Record<DocumentType, MessageKey>> = {
  purchase_order: 'stock.source.po',
  bill: 'stock.source.bill',
  sales_order: 'stock.source.so',
  invoice: 'stock.source.invoice',
}

/**
 * Who the goods come from or go to, and optionally the document they fill: a purchase order or
 * bill for a receipt, a sales order or invoice for a delivery (open orders and posted documents).
 */
export function SourcePicker(props: {
  kind: 'receipt' | 'delivery'
  contactId: string
  sourceId: string
  onContact: (id: string) => void
  onSource: (document: SalesDocument | null) => void
}) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const { catalog } = useSalesCatalog()
  const receiving = props.kind === 'receipt'
  const contacts = (catalog?.contacts ?? []).filter(
    (contact) => !contact.archived && (receiving ? contact.isSupplier : contact.isCustomer),
  )
  const contactId = props.contactId || undefined
  const sources = useQuery(`${props.kind}|${props.contactId}`, async () => {
    const lists = receiving
      ? await Promise.all([
          invoke('purchaseOrders.list', { contactId, openOnly: true }),
          invoke('bills.list', { contactId }),
        ])
      : await Promise.all([
          invoke('salesOrders.list', { contactId, openOnly: true }),
          invoke('invoices.list', { contactId }),
        ])
    return lists.flat().filter((document: SalesDocument) => document.status === 'posted')
  })
  const documents = sources.data ?? []
  return (
    <>
      <Field label={t(receiving ? 'stock.supplier' : 'stock.customer')}>
        <select value={props.contactId} onChange={(event) => props.onContact(event.target.value)}>
          <option value="">{t('stock.anyone')}</option>
          {contacts.map((contact) => (
            <option key={contact.id} value={contact.id}>
              {contact.name}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label={t(receiving ? 'stock.receiveAgainst' : 'stock.deliverAgainst')}
        error={sources.error?.message}
      >
        <select
          value={props.sourceId}
          onChange={(event) =>
            props.onSource(documents.find((doc) => doc.id === event.target.value) ?? null)
          }
        >
          <option value="">{t('stock.noSource')}</option>
          {documents.map((document) => (
            <option key={document.id} value={document.id}>
              {t(SOURCE_WORDS[document.type] ?? 'stock.source.invoice', {
                number: document.number ?? '—',
                name: document.contactName,
                date: format.date(document.date),
              })}
            </option>
          ))}
        </select>
      </Field>
    </>
  )
}
