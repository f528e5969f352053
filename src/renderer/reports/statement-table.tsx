import type { StatementSection } from '../../shared/domain/reports'
import { Amount } from '../components/amount'
import { useI18n } from '../i18n/i18n-context'
import type { MessageKey } from '../i18n/translate'
import { routeHref, type Route } from '../routing/routes'
import { useNavigate } from '../routing/use-route'

/** One section of a statement (income, assets, ...): indented account rows and the section total. */
export function StatementSectionRows(props: {
  title: MessageKey
  totalLabel: MessageKey
  section: StatementSection
  withPrevious: boolean
  drillTo: (accountId: string) => Route
}) {
  const { t } = useI18n()
  const navigate = useNavigate()
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
          <tr
            key={row.accountId}
            className={heading ? 'drill heading' : 'drill'}
            data-account={row.code}
            onClick={() => navigate(target)}
          >
            <td>
              <span style={{ paddingInlineStart: `${row.depth * 1.25}em` }}>
                <span className="mono muted">{row.code}</span>{' '}
                <a href={routeHref(target)} onClick={(event) => event.stopPropagation()}>
                  {row.name}
                </a>
              </span>
            </td>
            <td className="end">{heading ? null : <Amount value={row.amount} />}</td>
            {withPrevious ? (
              <td className="end previous">
                {heading ? null : <Amount value={row.previous ?? 0n} />}
              </td>
            ) : null}
          </tr>
        )
      })}
      <tr className="subtotal">
        <td>{t(props.totalLabel)}</td>
        <td className="end">
          <Amount value={section.total} />
        </td>
        {withPrevious ? (
          <td className="end previous">
            <Amount value={section.previousTotal ?? 0n} />
          </td>
        ) : null}
      </tr>
    </tbody>
  )
}
