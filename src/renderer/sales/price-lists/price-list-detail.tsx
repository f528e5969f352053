import { useEffect, useState } from 'react'
import type { CustomerGroupDetail } from '../../../shared/domain/price-lists'
import { asRpcError } from '../../api/rpc-error'
import { Amount } from '../../components/amount'
import { Notice } from '../../components/notice'
import { useQuery } from '../../components/use-query'
import { useI18n } from '../../i18n/i18n-context'
import { useInvoke, useSession } from '../../state/services'
import { productLabel } from '../invoices/invoice-draft'
import { useSalesCatalog } from '../use-sales-catalog'
import { pricesOf, rowsOf, type PriceRow } from './price-rows'

/** One customer group: its name, and its prices per product from a minimum quantity. */
export function PriceListDetail(props: { id: string }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const query = useQuery(props.id, () => invoke('customerGroups.get', { id: props.id }))
  if (query.error) return <Notice tone="error">{query.error.message}</Notice>
  const group = query.data
  if (!group || group.id !== props.id) return <p className="empty">{t('app.loading')}</p>
  return <PriceListEditor key={group.id} group={group} onSaved={query.reload} />
}

function PriceListEditor(props: { group: CustomerGroupDetail; onSaved: () => void }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const decimals = useSession((store) => store.session?.company?.decimals ?? 2)
  const products = (useSalesCatalog().catalog?.products ?? []).filter((p) => !p.archived)
  const [name, setName] = useState(props.group.name)
  const [rows, setRows] = useState<PriceRow[]>(() => rowsOf(props.group.prices, decimals))
  const [bad, setBad] = useState<{ key: string; field: keyof PriceRow } | null>(null)
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null)
  const [keys, setKeys] = useState(rows.length)
  useEffect(() => setRows(rowsOf(props.group.prices, decimals)), [props.group, decimals])

  const run = async (action: () => Promise<unknown>, done?: string) => {
    setNotice(null)
    try {
      await action()
      if (done) setNotice({ tone: 'success', text: done })
      props.onSaved()
    } catch (caught) {
      setNotice({ tone: 'error', text: asRpcError(caught).message })
    }
  }
  const change = (key: string, patch: Partial<PriceRow>) => {
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)))
    setBad(null)
  }
  const save = () => {
    const read = pricesOf(rows, { decimals, locale: format.locale })
    if (!read.ok) return setBad(read)
    setBad(null)
    void run(
      () => invoke('customerGroups.setPrices', { id: props.group.id, prices: read.prices }),
      t('priceLists.saved'),
    )
  }
  const badText = (row: PriceRow, field: keyof PriceRow) =>
    bad?.key === row.key && bad.field === field
      ? t(field === 'productId' ? 'priceLists.chooseProduct' : 'priceLists.badNumber')
      : null
  const ownPrice = (productId: string) => products.find((p) => p.id === productId)?.salesPrice

  return (
    <div className="page entry-detail price-list-detail">
      <div className="card">
        <div className="detail-head field-row">
          <input
            className="grow"
            dir="auto"
            aria-label={t('priceLists.groupName')}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <button
            type="button"
            onClick={() =>
              void run(() => invoke('customerGroups.save', { id: props.group.id, name }))
            }
          >
            {t('priceLists.rename')}
          </button>
          <button
            type="button"
            className={props.group.archived ? undefined : 'danger'}
            onClick={() =>
              void run(() =>
                invoke('customerGroups.setArchived', {
                  id: props.group.id,
                  archived: !props.group.archived,
                }),
              )
            }
          >
            {t(props.group.archived ? 'priceLists.unarchive' : 'priceLists.archive')}
          </button>
        </div>
        <p className="muted">{t('priceLists.intro')}</p>
        {notice ? <Notice tone={notice.tone}>{notice.text}</Notice> : null}
        <h3>{t('priceLists.prices')}</h3>
        <table className="grid price-rows" aria-label={t('priceLists.prices')}>
          <thead>
            <tr>
              <th>{t('priceLists.col.product')}</th>
              <th className="end">{t('priceLists.col.minQuantity')}</th>
              <th className="end">{t('priceLists.col.price')}</th>
              <th className="end">{t('priceLists.col.listPrice')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={5} className="empty">
                  {t('priceLists.noPrices')}
                </td>
              </tr>
            ) : null}
            {rows.map((row) => (
              <tr key={row.key}>
                <td>
                  <select
                    aria-label={t('priceLists.col.product')}
                    aria-invalid={!!badText(row, 'productId') || undefined}
                    value={row.productId}
                    onChange={(event) => change(row.key, { productId: event.target.value })}
                  >
                    <option value="">{t('priceLists.chooseProduct')}</option>
                    {products.map((product) => (
                      <option key={product.id} value={product.id}>
                        {productLabel(product)}
                      </option>
                    ))}
                  </select>
                  <RowError text={badText(row, 'productId')} />
                </td>
                {(['minQuantity', 'price'] as const).map((field) => (
                  <td key={field} className="end">
                    <input
                      className="num"
                      inputMode="decimal"
                      aria-label={t(`priceLists.col.${field}`)}
                      aria-invalid={!!badText(row, field) || undefined}
                      value={row[field]}
                      onChange={(event) => change(row.key, { [field]: event.target.value })}
                    />
                    <RowError text={badText(row, field)} />
                  </td>
                ))}
                <td className="end">
                  {ownPrice(row.productId) === undefined ? null : (
                    <Amount value={ownPrice(row.productId)!} />
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    className="quiet"
                    onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}
                  >
                    {t('priceLists.removePrice')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="actions">
          <button type="button" className="primary" onClick={save}>
            {t('priceLists.save')}
          </button>
          <button
            type="button"
            onClick={() => {
              setKeys((n) => n + 1)
              setRows((current) => [
                ...current,
                { key: `n${keys}`, productId: '', minQuantity: '', price: '' },
              ])
            }}
          >
            {t('priceLists.addPrice')}
          </button>
        </div>
      </div>
    </div>
  )
}

function RowError(props: { text: string | null }) {
  return props.text ? (
    <div className="field-error" role="alert">
      {props.text}
    </div>
  ) : null
}
