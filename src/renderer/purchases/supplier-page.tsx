import { RecordPage } from '../components/record-page'
import { useI18n } from '../i18n/i18n-context'
import { ContactOverview, useContactBalance } from '../sales/contacts/contact-overview'

/**
 * The supplier at a glance: what we owe them and how late, their bills with payment status,
 * credit we hold with them, and their details.
 */
export function SupplierPage(props: { id: string }) {
  const { t } = useI18n()
  const balance = useContactBalance(props.id, 'supplier')
  return (
    <RecordPage query={balance.contact} id={props.id}>
      {(contact) => (
        <div className="page contact-page supplier-page">
          <ContactOverview balance={balance} contact={contact} badge={t('nav.supplier')} />
        </div>
      )}
    </RecordPage>
  )
}
