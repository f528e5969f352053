import type { SalesDocument } from '../../shared/domain/sales'
import { Amount } from '../components/amount'
import { useI18n } from '../i18n/i18n-context'
import { accountLabel } from '../journal/account-match'
import { useAccounts } from '../state/services'
import { quantityText } from '../sales/sales-numbers'

/** A bill's lines with the expense account each goes to, its totals, and what is still owed. */
export function BillLinesTable(props: { doc: SalesDocument }) {
  const { t } = useI18n()
  const accounts = useAccounts((store) => store.byId)
  const doc = props.doc
  const account = (id: string) => {
    const found = accounts.get(id)
    return found ? accountLabel(found) : ''
  }
  return (
    <table className="grid detail-lines">
      <thead>
        <tr>
          <th>{t('billDetail.col.description')}</th>
          <th className="end">{t('billDetail.col.quantity')}</th>
          <th className="end">{t('billDetail.col.unitPrice')}</th>
          <th>{t('entry.col.account')}</th>
          <th className="end">{t('billDetail.col.tax')}</th>
          <th className="end">{t('billDetail.col.total')}</th>
        </tr>
      </thead>
      <tbody>
        {doc.lines.map((line) => (
          <tr key={line.lineNo}>
            <td>{line.description}</td>
            <td className="end">{quantityText(line.quantity)}</td>
            <td className="end">
              <Amount value={line.unitPrice} />
            </td>
            <td>{account(line.accountId)}</td>
            <td className="end">
              <Amount value={line.tax} />
            </td>
            <td className="end">
              <Amount value={line.gross} />
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={4}>{t('billDetail.gross')}</td>
          <td className="end">
            <Amount value={doc.tax} />
          </td>
          <td className="end" data-total="gross">
            <Amount value={doc.gross} />
          </td>
        </tr>
        {doc.status === 'posted' ? (
          <tr>
            <td colSpan={5}>{t('billDetail.outstanding')}</td>
            <td className="end" data-total="outstanding">
              <Amount value={doc.outstanding} />
            </td>
          </tr>
        ) : null}
      </tfoot>
    </table>
  )
}
