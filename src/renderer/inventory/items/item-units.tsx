import { useState, type FormEvent } from 'react'
import type { StockItem } from '../../../shared/domain/inventory-items'
import { asRpcError } from '../../api/rpc-error'
import { Notice } from '../../components/notice'
import { useI18n } from '../../i18n/i18n-context'
import { useInvoke } from '../../state/services'
import { parseQuantity, quantityText } from '../quantity'

interface UnitRow {
  key: number
  unit: string
  holds: string
}

/**
 * The item's other units and how many base units each holds (a box holds 12 pcs). Saved as a
 * whole; the engine refuses dropping a unit a barcode or a draft still uses, by the row.
 */
export function ItemUnits(props: { item: StockItem; onSaved: (item: StockItem) => void }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const base = props.item.product.unit
  const [rows, setRows] = useState<UnitRow[]>(() =>
    props.item.units.map((unit, key) => ({
      key,
      unit: unit.unit,
      holds: quantityText(unit.factor, format.locale),
    })),
  )
  const [nextKey, setNextKey] = useState(rows.length)
  const [error, setError] = useState<{ row: number | null; message: string } | null>(null)
  const change = (key: number, patch: Partial<UnitRow>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)))

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    setError(null)
    const units = []
    for (const [index, row] of rows.entries()) {
      const factor = parseQuantity(row.holds, format.locale)
      if (factor === null || factor === 0n)
        return setError({ row: index, message: t('inventory.problem.quantity') })
      units.push({ unit: row.unit, factor })
    }
    try {
      props.onSaved(await invoke('items.setUnits', { productId: props.item.product.id, units }))
    } catch (caught) {
      const failure = asRpcError(caught)
      const row = /^units\.(\d+)\./.exec(failure.field ?? '')?.[1]
      setError({ row: row === undefined ? null : Number(row), message: failure.message })
    }
  }

  return (
    <form className="card item-units" onSubmit={onSubmit} noValidate>
      <h3>{t('item.units')}</h3>
      <p className="muted small">{t('item.unitsHint', { unit: base })}</p>
      {error && error.row === null ? <Notice tone="error">{error.message}</Notice> : null}
      {rows.length === 0 ? <p className="muted">{t('item.noUnits')}</p> : null}
      {rows.map((row, index) => (
        <div className="field-row unit-row" key={row.key}>
          <input
            dir="auto"
            aria-label={t('item.unit.nameOf', { n: index + 1 })}
            placeholder={t('item.unit.name')}
            value={row.unit}
            onChange={(event) => change(row.key, { unit: event.target.value })}
          />
          <input
            inputMode="decimal"
            className="amount-input"
            aria-label={t('item.unit.factorOf', { unit: base, n: index + 1 })}
            aria-invalid={error?.row === index || undefined}
            placeholder={t('item.unit.factor', { unit: base })}
            value={row.holds}
            onChange={(event) => change(row.key, { holds: event.target.value })}
          />
          <span className="muted">{base}</span>
          <button
            type="button"
            className="link"
            onClick={() => setRows((current) => current.filter((other) => other.key !== row.key))}
          >
            {t('inventory.remove')}
          </button>
          {error?.row === index ? (
            <div className="field-error" role="alert">
              {error.message}
            </div>
          ) : null}
        </div>
      ))}
      <div className="actions">
        <button
          type="button"
          onClick={() => {
            setRows((current) => [...current, { key: nextKey, unit: '', holds: '' }])
            setNextKey(nextKey + 1)
          }}
        >
          {t('item.unit.add')}
        </button>
        <button type="submit" className="primary">
          {t('item.unit.save')}
        </button>
      </div>
    </form>
  )
}
