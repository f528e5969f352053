import type { ReactNode } from 'react'
import type { StatementSection } from '../../shared/domain/reports'
import { AmountCell, DrillLink, DrillRow } from '../components/report-table'
import { useI18n } from '../i18n/i18n-context'
import type { MessageKey } from '../i18n/translate'
import type { Route } from '../routing/routes'

/** A statement (profit and loss, balance sheet): accounts, an amount column, maybe the previous. */
export function StatementTable(props: { current: string; previous?: string; children: ReactNode }) {
  const { t } = useI18n()
  return (
    <table className="grid report-table statement">
      <thead>
        <tr>
          <th>{t('report.col.account')}</th>
          <th className="end col-money">{props.current}</th>
          {props.previous === undefined ? null : (
            <th className="end col-money previous">{props.previous}</th>
          )}
        </tr>
      </thead>
      {props.children}
    </table>
  )
}

/** A statement's total line: the amount, and the previous period's when it is shown. */
export function StatementTotalRow(props: {
  label: MessageKey
  amount: bigint
  previous?: bigint
  className?: string
}) {
  const { t } = useI18n()
  return (
    <tr className={props.className}>
      <td>{t(props.label)}</td>
      <AmountCell value={props.amount} />
      {props.previous === undefined ? null : (
        <AmountCell value={props.previous} className="previous" />
      )}
    </tr>
  )
}

/** One section of a statement (income, assets, ...): indented account rows and the section total. */
export function StatementSectionRows(props: {
  title: MessageKey
  totalLabel: MessageKey
  section: StatementSection
  withPrevious: boolean
  drillTo: (accountId: string) => Route
}) {
  const { t } = useI18n()
  const { section, withPrevious } = props
  return (
    <tbody className="statement-section">
      <tr className="section-title">
        <th colSpan={withPrevious ? 3 : 2} scope="rowgroup">
          {t(props.title)}
        </th>
      </tr>
      {section.rows.map((row, index) => {
        const target = props.drillTo(row.accountId)
        // A parent with nothing posted to it is a heading for the accounts indented below it.
        const heading =
          (section.rows[index + 1]?.depth ?? -1) > row.depth &&
          row.amount === 0n &&
          (row.previous ?? 0n) === 0n
        return (
          <DrillRow
            key={row.accountId}
            to={target}
            className={heading ? 'heading' : undefined}
            data-account={row.code}
          >
            <td>
              <span style={{ paddingInlineStart: `${row.depth * 1.25}em` }}>
                <span className="mono muted">{row.code}</span>{' '}
                <DrillLink to={target}>{row.name}</DrillLink>
              </span>
            </td>
            <AmountCell value={heading ? null : row.amount} />
            {withPrevious ? (
              <AmountCell value={heading ? null : (row.previous ?? 0n)} className="previous" />
            ) : null}
          </DrillRow>
        )
      })}
      <StatementTotalRow
        className="subtotal"
        label={props.totalLabel}
        amount={section.total}
        previous={withPrevious ? (section.previousTotal ?? 0n) : undefined}
      />
    </tbody>
  )
}
