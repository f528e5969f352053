import type { AgeingRow, ReceivablesAgeing } from '../../../shared/domain/receivables'
import type { AmountColumn } from '../../components/report-table'
import type { Translate } from '../../i18n/translate'

/**
 * An ageing report's money columns: not yet due, each bucket of days late ("31–60 days"), then the
 * total. The receivables and payables ageing and a contact's own ageing show the same ones.
 */
export function ageingColumns(data: ReceivablesAgeing, t: Translate): AmountColumn<AgeingRow>[] {
  return [
    ...data.buckets.map((bucket, index) => ({
      key: bucket,
      label: index === 0 ? t('ageing.current') : t('ageing.days', { range: bucket }),
      amount: (row: AgeingRow) => row.amounts[index] ?? 0n,
      total: data.totals[index] ?? 0n,
    })),
    {
      key: 'total',
      label: t('ageing.col.total'),
      amount: (row) => row.total,
      total: data.total,
      showZero: true,
    },
  ]
}
