import { useState, type FormEvent } from 'react'
import type { StockItem, Valuation } from '../../../shared/domain/inventory-items'
import { asRpcError } from '../../api/rpc-error'
import { Field } from '../../components/field'
import { Notice } from '../../components/notice'
import { useI18n } from '../../i18n/i18n-context'
import { useInvoke } from '../../state/services'
import { parseQuantity, quantityText } from '../quantity'
import { useCategories } from '../use-inventory'

type Problem = Partial<Record<'reorderLevel' | 'reorderQuantity' | 'form', string>>

/** Valuation, category, reorder level and quantity, lot tracking; errors by the field. */
export function ItemSettingsForm(props: { item: StockItem; onSaved: (item: StockItem) => void }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const categories = useCategories().data ?? []
  const item = props.item
  const [valuation, setValuation] = useState<Valuation>(item.valuation)
  const [categoryId, setCategoryId] = useState(item.categoryId ?? '')
  const [level, setLevel] = useState(quantityText(item.reorderLevel, format.locale))
  const [reorder, setReorder] = useState(quantityText(item.reorderQuantity, format.locale))
  const [lotTracked, setLotTracked] = useState(item.lotTracked)
  const [problems, setProblems] = useState<Problem>({})
  const [saved, setSaved] = useState(false)

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    setSaved(false)
    const reorderLevel = parseQuantity(level, format.locale)
    const reorderQuantity = parseQuantity(reorder, format.locale)
    const bad: Problem = {}
    if (reorderLevel === null) bad.reorderLevel = t('inventory.problem.quantity')
    if (reorderQuantity === null) bad.reorderQuantity = t('inventory.problem.quantity')
    setProblems(bad)
    if (reorderLevel === null || reorderQuantity === null) return
    try {
      const next = await invoke('items.updateSettings', {
        productId: item.product.id,
        ...(item.hasMoves ? {} : { valuation, lotTracked }),
        categoryId: categoryId || null,
        reorderLevel,
        reorderQuantity,
      })
      setSaved(true)
      props.onSaved(next)
    } catch (caught) {
      const error = asRpcError(caught)
      const field = error.field === 'reorderLevel' || error.field === 'reorderQuantity'
      setProblems(
        field ? { [error.field as 'reorderLevel']: error.message } : { form: error.message },
      )
    }
  }

  return (
    <form className="card item-settings" onSubmit={onSubmit} noValidate>
      <h3>{t('item.settings')}</h3>
      {problems.form ? <Notice tone="error">{problems.form}</Notice> : null}
      <Field label={t('item.field.valuation')}>
        <select
          value={valuation}
          disabled={item.hasMoves}
          onChange={(event) => setValuation(event.target.value as Valuation)}
        >
          <option value="fifo">{t('item.valuation.fifo')}</option>
          <option value="average">{t('item.valuation.average')}</option>
        </select>
      </Field>
      <Field label={t('item.field.category')}>
        <select value={categoryId} onChange={(event) => setCategoryId(event.target.value)}>
          <option value="">{t('inventory.none')}</option>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </select>
      </Field>
      <div className="field-row">
        <Field label={t('item.field.reorderLevel')} error={problems.reorderLevel}>
          <input
            inputMode="decimal"
            className="amount-input"
            value={level}
            onChange={(event) => setLevel(event.target.value)}
          />
        </Field>
        <Field label={t('item.field.reorderQuantity')} error={problems.reorderQuantity}>
          <input
            inputMode="decimal"
            className="amount-input"
            value={reorder}
            onChange={(event) => setReorder(event.target.value)}
          />
        </Field>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={lotTracked}
          disabled={item.hasMoves}
          onChange={(event) => setLotTracked(event.target.checked)}
        />
        {t('item.field.lotTracked')}
      </label>
      {item.hasMoves ? <p className="muted small">{t('item.fixedByMoves')}</p> : null}
      <div className="actions">
        <button type="submit" className="primary">
          {t('inventory.save')}
        </button>
        {saved ? (
          <span className="muted" role="status">
            {t('inventory.saved')}
          </span>
        ) : null}
      </div>
    </form>
  )
}
