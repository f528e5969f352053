import type { Payment } from '../../../shared/domain/sales'
import { Notice } from '../../components/notice'
import { useI18n } from '../../i18n/i18n-context'
import { routeHref } from '../../routing/routes'
import { PrintButton } from '../print/print-button'
import type { PaymentSide } from './payment-side'

/** What a recorded payment did: its number, any credit kept, the contact; a receipt to print. */
export function PaymentDone(props: { payment: Payment; contactName: string; side: PaymentSide }) {
  const { t, format } = useI18n()
  const done = props.payment
  const supplier = props.side === 'supplier'
  return (
    <Notice tone="success">
      {t('payment.recorded', { number: done.number })}{' '}
      {done.unallocated > 0n
        ? t('payment.keptCredit', { amount: format.money(done.unallocated) })
        : null}{' '}
      <a
        href={routeHref(
          supplier
            ? { page: 'supplier', id: done.contactId }
            : { page: 'contact', id: done.contactId },
        )}
      >
        {props.contactName}
      </a>{' '}
      {supplier ? null : (
        <PrintButton kind="receipt" id={done.id} label={t('salesFlow.printReceipt')} />
      )}
    </Notice>
  )
}
