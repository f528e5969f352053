import { useState } from 'react'
import type { StockItem } from '../../../shared/domain/inventory-items'
import { today } from '../../../shared/dates'
import { Notice } from '../../components/notice'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { DateParam } from '../../reports/report-frame'
import { useReportContext } from '../../reports/use-report-context'
import { routeHref } from '../../routing/routes'
import { useInvoke } from '../../state/services'
import { StockLedgerTable } from '../reports/stock-ledger-table'

/** The item's stock card for a period (the fiscal year so far at first), on its page. */
export function ItemLedgerCard(props: { item: StockItem }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const { defaults } = useReportContext()
  const [from, setFrom] = useState(defaults.from)
  const [to, setTo] = useState(today())
  const id = props.item.product.id
  const query = useQuery(`item-ledger:${id}:${from}:${to}`, () =>
    invoke('reports.stockLedger', { productId: id, from, to }),
  )
  return (
    <section className="card item-ledger">
      <div className="toolbar report-params">
        <h3>{t('item.ledger')}</h3>
        <DateParam label={t('stockReport.from')} value={from} onChange={setFrom} />
        <DateParam label={t('stockReport.to')} value={to} onChange={setTo} />
        <a
          href={routeHref({
            page: 'inventory-report',
            name: 'stock-ledger',
            item: id,
            from,
            to,
          })}
        >
          {t('nav.stockLedger')}
        </a>
      </div>
      {query.error ? <Notice tone="error">{query.error.message}</Notice> : null}
      {query.data ? <StockLedgerTable ledger={query.data} /> : <p>{t('app.loading')}</p>}
    </section>
  )
}
