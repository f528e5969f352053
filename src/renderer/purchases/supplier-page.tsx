import { RecordPage } from '../components/record-page'
import { useI18n } from '../i18n/i18n-context'
import { routeHref } from '../routing/routes'
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
          <ContactOverview
            balance={balance}
            contact={contact}
            badge={t('nav.supplier')}
            actions={
              <>
                <a
                  className="button-link primary-link"
                  href={routeHref({ page: 'bill-new', contact: contact.id })}
                >
                  {t('supplier.newBill')}
                </a>
                <a
                  className="button-link"
                  href={routeHref({ page: 'supplier-payment-new', contact: contact.id })}
                >
                  {t('supplier.pay')}
                </a>
                <a
                  className="button-link"
                  href={routeHref({ page: 'purchase-order-new', contact: contact.id })}
                >
                  {t('purchaseOrder.new')}
                </a>
                <a
                  className="button-link"
                  href={routeHref({ page: 'purchase-orders', contact: contact.id })}
                >
                  {t('nav.purchaseOrders')}
                </a>
                <a
                  className="button-link"
                  href={routeHref({ page: 'supplier-payments', contact: contact.id })}
                >
                  {t('nav.supplierPayments')}
                </a>
              </>
            }
          />
        </div>
      )}
    </RecordPage>
  )
}
