import type { SalesDocument } from '../../shared/domain/sales'
import { useI18n } from '../i18n/i18n-context'
import { DocumentLines } from '../sales/document-detail/document-lines'
import { lineColumns, useAccountColumn } from '../sales/document-detail/line-columns'

/** A bill's lines with the expense account each goes to, its totals, and what is still owed. */
export function BillLinesTable(props: { doc: SalesDocument }) {
  const { t } = useI18n()
  const account = useAccountColumn(t('entry.col.account'))
  const doc = props.doc
  return (
    <DocumentLines
      doc={doc}
      columns={[
        lineColumns.description(t('billDetail.col.description')),
        lineColumns.quantity(t('billDetail.col.quantity')),
        lineColumns.unitPrice(t('billDetail.col.unitPrice')),
        account,
        lineColumns.amount('tax', t('billDetail.col.tax')),
        lineColumns.amount('gross', t('billDetail.col.total')),
      ]}
      totalsLabel={t('billDetail.gross')}
      sums={
        doc.status === 'posted'
          ? [{ key: 'outstanding', label: t('billDetail.outstanding'), value: doc.outstanding }]
          : []
      }
    />
  )
}
