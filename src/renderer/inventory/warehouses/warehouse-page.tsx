import { today } from '../../../shared/dates'
import { Amount } from '../../components/amount'
import { Notice } from '../../components/notice'
import { useQuery } from '../../components/use-query'
import { Quantity } from '../../components/quantity'
import { useI18n } from '../../i18n/i18n-context'
import { routeHref } from '../../routing/routes'
import { useInvoke } from '../../state/services'
import { useWarehouses } from '../use-inventory'
import { BinList } from './bin-list'
import { WarehouseForm } from './warehouse-form'

/** One warehouse: edit it, its bins, and the stock it holds today. */
export function WarehousePage(props: { id: string }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const warehouses = useWarehouses(true)
  const warehouse = warehouses.data?.find((candidate) => candidate.id === props.id)
  const stock = useQuery(`warehouse-stock:${props.id}`, () =>
    invoke('reports.stockSummary', { asOf: today(), warehouseId: props.id }),
  )
  if (warehouses.error) return <Notice tone="error">{warehouses.error.message}</Notice>
  if (!warehouse) return <p className="empty">{t('app.loading')}</p>
  const rows = (stock.data?.rows ?? []).filter((row) => row.onHand !== 0n)
  return (
    <div className="page warehouse-page">
      <WarehouseForm
        key={`${warehouse.id}:${warehouse.code}:${warehouse.name}`}
        warehouse={warehouse}
        onSaved={warehouses.reload}
      />
      <BinList warehouseId={warehouse.id} />
      <section className="card">
        <h3>{t('warehouses.stock')}</h3>
        {stock.error ? <Notice tone="error">{stock.error.message}</Notice> : null}
        {stock.data && rows.length === 0 ? <p className="muted">{t('item.noStock')}</p> : null}
        {rows.length > 0 ? (
          <table className="grid" aria-label={t('warehouses.stock')}>
            <thead>
              <tr>
                <th>{t('stockReport.col.code')}</th>
                <th>{t('stockReport.col.name')}</th>
                <th className="end">{t('stockReport.col.onHand')}</th>
                <th className="end">{t('stockReport.col.value')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.productId}>
                  <td className="mono">
                    <a href={routeHref({ page: 'item', id: row.productId })}>{row.code}</a>
                  </td>
                  <td>{row.name}</td>
                  <td className="end amount">
                    <Quantity value={row.onHand} unit={row.unit} />
                  </td>
                  <td className="end">
                    <Amount value={row.value} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </div>
  )
}
