import { Amount } from '../../components/amount'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { routeHref } from '../../routing/routes'
import { useInvoke } from '../../state/services'

const INVENTORY_ACCOUNT = '1300'

/**
 * The inventory account's balance in the ledger on the same date, from the trial balance, beside
 * the valuation's total: the two should be equal, and the line says whether they are.
 */
export function LedgerBalance(props: { asOf: string; valuation: bigint }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const query = useQuery(`tb:${props.asOf}`, () =>
    invoke('reports.trialBalance', { asOf: props.asOf }),
  )
  const row = query.data?.rows.find((candidate) => candidate.code === INVENTORY_ACCOUNT)
  if (!query.data) return null
  const balance = row ? row.debit - row.credit : 0n
  const difference = balance - props.valuation
  return (
    <p className="ledger-balance" data-testid="ledger-balance">
      {row ? (
        <a href={routeHref({ page: 'general-ledger', account: row.accountId, to: props.asOf })}>
          {t('stockReport.ledgerBalance', { code: INVENTORY_ACCOUNT })}
        </a>
      ) : (
        t('stockReport.ledgerBalance', { code: INVENTORY_ACCOUNT })
      )}
      : <Amount value={balance} />{' '}
      <span className={difference === 0n ? 'muted' : 'negative'}>
        {difference === 0n
          ? t('stockReport.ledgerMatches')
          : t('stockReport.ledgerDiffers', { amount: format.money(difference) })}
      </span>
    </p>
  )
}
