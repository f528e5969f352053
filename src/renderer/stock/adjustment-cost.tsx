import { useMemo } from 'react'
import type { StockItem } from '../../shared/domain/inventory-items'
import { toDecimalString } from '../../shared/money'
import { useQuery } from '../components/use-query'
import { useI18n } from '../i18n/i18n-context'
import { useInvoke } from '../state/services'
import type { ScanLine } from './scan-lines'

/**
 * What stock found or added comes in at when no cost is typed, per product, as the engine would
 * take it: the item's current unit cost on `date` (value over quantity held), else its purchase
 * price.
 */
export function useDefaultCosts(
  productIds: readonly string[],
  date: string,
  items: readonly StockItem[],
): ReadonlyMap<string, bigint> {
  const invoke = useInvoke()
  const ids = [...new Set(productIds)].sort()
  const query = useQuery(ids.length > 0 ? `costs|${date}|${ids.join(',')}` : null, () =>
    Promise.all(
      ids.map(async (productId) => {
        const valuation = await invoke('reports.stockValuation', { asOf: date, productId })
        return [productId, valuation.rows[0]?.unitCost ?? null] as const
      }),
    ),
  )
  return useMemo(() => {
    const purchase = new Map(items.map((item) => [item.product.id, item.product.purchasePrice]))
    return new Map(
      (query.data ?? []).flatMap(([productId, cost]) => {
        const known = cost ?? purchase.get(productId)
        return known === undefined ? [] : [[productId, known] as const]
      }),
    )
  }, [query.data, items])
}

/** A line's unit cost box: empty shows (and posts at) the engine's default. */
export function CostInput(props: {
  line: ScanLine
  defaultCost: bigint | undefined
  decimals: number
  onChange: (text: string) => void
}) {
  const { t } = useI18n()
  const { line, defaultCost } = props
  return (
    <input
      className="num cost-input"
      inputMode="decimal"
      aria-label={t('stock.adjust.costOf', { name: line.name })}
      value={line.unitCost ?? ''}
      placeholder={defaultCost === undefined ? '' : toDecimalString(defaultCost, props.decimals)}
      onChange={(event) => props.onChange(event.target.value)}
    />
  )
}
