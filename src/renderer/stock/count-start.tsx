import { useEffect, useRef, useState } from 'react'
import { today } from '../../shared/dates'
import { asRpcError } from '../api/rpc-error'
import { Field } from '../components/field'
import { Notice } from '../components/notice'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import { routeHref } from '../routing/routes'
import { useNavigate } from '../routing/use-route'
import { useInvoke } from '../state/services'
import type { StockSetup } from './use-stock-setup'
import { WarehouseSelect } from './warehouse-select'

/**
 * Start a count sheet for a warehouse, all items or one category (what is on hand there now is
 * expected), or go on with one already started.
 */
export function CountStart(props: { setup: StockSetup }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const navigate = useNavigate()
  const [warehouseId, setWarehouseId] = useState('')
  const [date, setDate] = useState(today())
  const [categoryId, setCategoryId] = useState('')
  const categories = useQuery('item-categories', () => invoke('itemCategories.list', {}))
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const open = useQuery('open-counts', () =>
    invoke('stockDocuments.list', { type: 'count', status: 'draft' }),
  )
  const chosen = warehouseId || props.setup.defaultWarehouseId || ''
  const startButton = useRef<HTMLButtonElement>(null)
  // Once there is a warehouse to count, Enter starts the sheet.
  useEffect(() => {
    if (chosen && document.activeElement === document.body) startButton.current?.focus()
  }, [chosen])

  const start = async () => {
    if (busy) return
    setBusy(true)
    setError(null)
    try {
      const sheet = await invoke('stockCounts.start', {
        warehouseId: chosen,
        date,
        ...(categoryId ? { categoryId } : {}),
      })
      navigate({ page: 'stock-count', id: sheet.id })
    } catch (caught) {
      setError(asRpcError(caught).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="page stock-page">
      {error ? <Notice tone="error">{error}</Notice> : null}
      <form
        className="card stock-head"
        onSubmit={(event) => {
          event.preventDefault()
          void start()
        }}
      >
        <WarehouseSelect
          label={t('stock.warehouse')}
          warehouses={props.setup.warehouses}
          value={chosen}
          onChange={setWarehouseId}
        />
        <Field label={t('stock.count.category')}>
          <select value={categoryId} onChange={(event) => setCategoryId(event.target.value)}>
            <option value="">{t('stock.count.allItems')}</option>
            {(categories.data ?? []).map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('stock.date')}>
          <input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
        </Field>
        <button ref={startButton} type="submit" className="primary big" disabled={busy || !chosen}>
          {t('stock.count.start')}
        </button>
      </form>
      <div className="card">
        <h2>{t('stock.count.open')}</h2>
        {(open.data ?? []).length === 0 ? (
          <p className="empty">{t('stock.count.none')}</p>
        ) : (
          <ul className="stock-open-counts">
            {(open.data ?? []).map((sheet) => (
              <li key={sheet.id}>
                <a className="button-link" href={routeHref({ page: 'stock-count', id: sheet.id })}>
                  {t('stock.count.continue', {
                    warehouse: sheet.warehouseCode,
                    date: format.date(sheet.date),
                    lines: sheet.lineCount,
                  })}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  )
}
