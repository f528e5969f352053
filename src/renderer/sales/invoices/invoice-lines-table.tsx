import type { SalesDocument } from '../../../shared/domain/sales'
import { useI18n } from '../../i18n/i18n-context'
import { DocumentLines } from '../document-detail/document-lines'
import { lineColumns, useAccountColumn } from '../document-detail/line-columns'
import { rateText } from '../sales-numbers'
import { useSalesCatalog } from '../use-sales-catalog'

/** An invoice's or credit note's lines with product, tax code and account; what is paid and owed. */
export function InvoiceLinesTable(props: { doc: SalesDocument }) {
  const { t } = useI18n()
  const { catalog } = useSalesCatalog()
  const account = useAccountColumn(t('entry.col.account'))
  const doc = props.doc
  const paid = doc.status === 'posted' ? doc.gross - doc.outstanding : 0n
  return (
    <DocumentLines
      doc={doc}
      columns={[
        {
          key: 'product',
          mono: true,
          label: t('invoice.col.product'),
          cell: (line) => catalog?.products.find((item) => item.id === line.productId)?.code ?? '',
        },
        lineColumns.description(t('invoice.col.description')),
        lineColumns.quantity(t('invoice.col.quantity')),
        lineColumns.unitPrice(t('invoice.col.price')),
        {
          key: 'taxCode',
          label: t('invoice.col.tax'),
          cell: (line) => {
            const code = catalog?.taxCodes.find((found) => found.id === line.taxCodeId)
            return code ? `${code.code} ${rateText(code.rate)}%` : ''
          },
        },
        account,
        lineColumns.amount('net', t('invoice.col.net')),
        lineColumns.amount('tax', t('invoice.col.taxAmount')),
        lineColumns.amount('gross', t('invoice.col.gross')),
      ]}
      totalsLabel={t('invoice.totals')}
      sums={
        doc.status === 'posted'
          ? [
              { key: 'paid', label: t('invoiceDetail.paid'), value: paid },
              { key: 'outstanding', label: t('invoiceDetail.outstanding'), value: doc.outstanding },
            ]
          : []
      }
    />
  )
}
