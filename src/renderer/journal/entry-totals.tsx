import { Amount } from '../components/amount'
import { LinesErrorRow } from '../components/line-grid'
import { useI18n } from '../i18n/i18n-context'
import { draftTotals, type AmountRules, type LineDraft } from './entry-draft'

/** The grid's foot: debits, credits and the difference between them, live as lines are typed. */
export function EntryTotals(props: {
  lines: readonly LineDraft[]
  rules: AmountRules
  error?: string
}) {
  const { t } = useI18n()
  const totals = draftTotals(props.lines, props.rules)
  const state = totals.difference !== 0n ? 'unbalanced' : totals.debit > 0n ? 'balanced' : 'empty'
  return (
    <tfoot className="entry-totals">
      <tr>
        <td />
        <td className="totals-label">{t('entry.totals')}</td>
        <td className="end" data-total="debit">
          <Amount value={totals.debit} />
        </td>
        <td className="end" data-total="credit">
          <Amount value={totals.credit} />
        </td>
        <td colSpan={2}>
          <div className={`difference ${state}`} data-testid="difference" aria-live="polite">
            {state === 'unbalanced' ? (
              <>
                {t('entry.difference')} <Amount value={totals.difference} />
              </>
            ) : (
              t(state === 'balanced' ? 'entry.balanced' : 'entry.empty')
            )}
          </div>
        </td>
      </tr>
      <LinesErrorRow error={props.error} colSpan={5} />
    </tfoot>
  )
}
