import type { ReactNode } from 'react'
import type { Account } from '../../shared/domain/ledger'
import { LineGrid, lineCellErrors } from '../components/line-grid'
import { useI18n } from '../i18n/i18n-context'
import { AccountCell } from './account-cell'
import { lineField, type LineDraft } from './entry-draft'

/** The entry's line grid: account, debit, credit, memo; errors under the cell at fault. */
export function EntryLines(props: {
  lines: readonly LineDraft[]
  accounts: readonly Account[]
  errors: Readonly<Record<string, string>>
  onChange: (key: string, patch: Partial<LineDraft>) => void
  onAmount: (key: string, column: 'debit' | 'credit', text: string) => void
  onAmountBlur: (key: string, column: 'debit' | 'credit') => void
  onAdvance: (field: string) => void
  onRemove: (key: string) => void
  footer?: ReactNode
}) {
  const { t } = useI18n()
  const { errorOf, describedBy, cellError } = lineCellErrors(props.errors, lineField)

  return (
    <LineGrid
      className="grid entry-lines"
      lines={props.lines}
      removeLabel={(n) => t('entry.removeLineN', { n })}
      onRemove={props.onRemove}
      footer={props.footer}
      head={
        <>
          <th className="col-account">{t('entry.col.account')}</th>
          <th className="col-amount">{t('entry.col.debit')}</th>
          <th className="col-amount">{t('entry.col.credit')}</th>
          <th>{t('entry.col.memo')}</th>
        </>
      }
      cells={(line, n) => {
        const amountInput = (column: 'debit' | 'credit') => (
          <input
            data-field={lineField(line.key, column)}
            className="amount-input"
            inputMode="decimal"
            autoComplete="off"
            aria-label={t(column === 'debit' ? 'entry.debitOfLine' : 'entry.creditOfLine', { n })}
            aria-invalid={errorOf(line.key, column) ? true : undefined}
            aria-describedby={describedBy(line.key, column)}
            value={line[column]}
            onChange={(event) => props.onAmount(line.key, column, event.target.value)}
            onBlur={() => props.onAmountBlur(line.key, column)}
          />
        )
        return (
          <>
            <td className="col-account">
              <AccountCell
                field={lineField(line.key, 'account')}
                text={line.accountText}
                accountId={line.accountId}
                accounts={props.accounts}
                label={t('entry.accountOfLine', { n })}
                invalid={!!errorOf(line.key, 'account')}
                describedBy={describedBy(line.key, 'account')}
                onChange={(accountText, accountId) =>
                  props.onChange(line.key, { accountText, accountId })
                }
                onAdvance={() => props.onAdvance(lineField(line.key, 'account'))}
              />
              {cellError(line.key, 'account')}
            </td>
            <td className="col-amount">
              {amountInput('debit')}
              {cellError(line.key, 'debit')}
            </td>
            <td className="col-amount">
              {amountInput('credit')}
              {cellError(line.key, 'credit')}
            </td>
            <td>
              <input
                data-field={lineField(line.key, 'memo')}
                dir="auto"
                aria-label={t('entry.memoOfLine', { n })}
                value={line.memo}
                onChange={(event) => props.onChange(line.key, { memo: event.target.value })}
              />
              {cellError(line.key, 'memo')}
            </td>
          </>
        )
      }}
    />
  )
}
