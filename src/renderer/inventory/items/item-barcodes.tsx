import { useState, type FormEvent } from 'react'
import type { StockItem } from '../../../shared/domain/inventory-items'
import { Field } from '../../components/field'
import { useI18n } from '../../i18n/i18n-context'
import { useInvoke } from '../../state/services'
import { useAction } from '../use-action'

/** The item's barcodes, each for one base unit or one of its other units; add and remove. */
export function ItemBarcodes(props: { item: StockItem; onChanged: () => void }) {
  const { t } = useI18n()
  const invoke = useInvoke()
  const item = props.item
  const [code, setCode] = useState('')
  const [unit, setUnit] = useState('')
  const { error, run } = useAction(props.onChanged)
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const added = await run(() =>
      invoke('items.addBarcode', { productId: item.product.id, code, unit: unit || null }),
    )
    if (added) setCode('')
  }

  return (
    <form className="card item-barcodes" onSubmit={onSubmit} noValidate>
      <h3>{t('item.barcodes')}</h3>
      {item.barcodes.length === 0 ? <p className="muted">{t('item.noBarcodes')}</p> : null}
      <ul className="plain-list" aria-label={t('item.barcodes')}>
        {item.barcodes.map((barcode) => (
          <li key={barcode.code}>
            <span className="mono">{barcode.code}</span>{' '}
            <span className="muted">{barcode.unit ?? item.product.unit}</span>{' '}
            <button
              type="button"
              className="link"
              aria-label={t('item.barcode.removeOf', { code: barcode.code })}
              onClick={() => void run(() => invoke('items.removeBarcode', { code: barcode.code }))}
            >
              {t('inventory.remove')}
            </button>
          </li>
        ))}
      </ul>
      <div className="field-row">
        <Field label={t('item.barcode.code')} error={error}>
          <input
            className="mono"
            autoComplete="off"
            value={code}
            onChange={(event) => setCode(event.target.value)}
          />
        </Field>
        <Field label={t('item.barcode.unit')}>
          <select value={unit} onChange={(event) => setUnit(event.target.value)}>
            <option value="">{item.product.unit}</option>
            {item.units.map((other) => (
              <option key={other.unit} value={other.unit}>
                {other.unit}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="actions">
        <button type="submit">{t('item.barcode.add')}</button>
      </div>
    </form>
  )
}
