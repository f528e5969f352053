import type {
  ExpiringLotRow,
  LowStockRow,
  StockLedgerLine,
  StockSummaryRow,
  StockValuationRow,
} from '../../../shared/domain/inventory-reports'
import type { MessageKey } from '../../i18n/translate'
import { quantityText } from '../quantity'
import type { ReportColumn, ReportValue } from './report-table'

type ColumnKey = MessageKey extends infer M
  ? M extends `stockReport.col.${infer K}`
    ? K
    : never
  : never

/** A column whose CSV key names its label too (`onHand`: stockReport.col.onHand). */
function column<R>(
  key: ColumnKey,
  kind: ReportColumn<R>['kind'],
  value: (row: R) => ReportValue,
  more: Partial<ReportColumn<R>> = {},
): ReportColumn<R> {
  return { key, label: `stockReport.col.${key}`, kind, value, ...more }
}

interface ItemRow {
  productId: string
  code: string
  name: string
  unit: string
}

const code = <R extends ItemRow>() =>
  column<R>('code', 'text', (r) => r.code, { link: (r) => ({ page: 'item', id: r.productId }) })
const name = <R extends ItemRow>() => column<R>('name', 'text', (r) => r.name)
const unit = <R extends ItemRow>() => column<R>('unit', 'text', (r) => r.unit)
const item = <R extends ItemRow>() => [code<R>(), name<R>(), unit<R>()]

/** Per item: on hand, reserved, available and value; with every warehouse, its quantities too. */
export function stockSummaryColumns(oneWarehouse: boolean): ReportColumn<StockSummaryRow>[] {
  const places = (row: StockSummaryRow, locale = 'en') =>
    row.warehouses
      .filter((place) => place.onHand !== 0n)
      .map((place) => `${place.warehouseCode} ${quantityText(place.onHand, locale)}`)
      .join(' · ')
  const warehouses = column<StockSummaryRow>('warehouses', 'text', (row) => places(row), {
    screen: places,
  })
  return [
    ...item<StockSummaryRow>(),
    column('onHand', 'quantity', (r) => r.onHand),
    column('reserved', 'quantity', (r) => r.reserved),
    column('available', 'quantity', (r) => r.available),
    ...(oneWarehouse ? [] : [warehouses]),
    column('value', 'money', (r) => r.value),
  ]
}

export const stockValuationColumns: ReportColumn<StockValuationRow>[] = [
  ...item<StockValuationRow>(),
  column('valuation', 'text', (r) => r.valuation, {
    word: (r) => `stockReport.valuation.${r.valuation}`,
  }),
  column('quantity', 'quantity', (r) => r.quantity),
  column('unitCost', 'money', (r) => r.unitCost),
  column('value', 'money', (r) => r.value),
]

export const lowStockColumns: ReportColumn<LowStockRow>[] = [
  ...item<LowStockRow>(),
  column('onHand', 'quantity', (r) => r.onHand),
  column('reserved', 'quantity', (r) => r.reserved),
  column('available', 'quantity', (r) => r.available),
  column('reorderLevel', 'quantity', (r) => r.reorderLevel),
  column('reorderQuantity', 'quantity', (r) => r.reorderQuantity),
  column('suggested', 'quantity', (r) => r.suggested),
]

export const expiringLotsColumns: ReportColumn<ExpiringLotRow>[] = [
  column('expiryDate', 'date', (r) => r.expiryDate),
  column('daysLeft', 'number', (r) => r.daysLeft),
  code<ExpiringLotRow>(),
  name<ExpiringLotRow>(),
  column('lot', 'text', (r) => r.lotNumber),
  column('warehouse', 'text', (r) => r.warehouseCode),
  column('onHand', 'quantity', (r) => r.onHand),
  unit<ExpiringLotRow>(),
]

/** The stock card's lines for CSV (the screen shows them with StockLedgerTable). */
export const stockLedgerColumns: ReportColumn<StockLedgerLine>[] = [
  column('date', 'text', (r) => r.date),
  column('document', 'text', (r) => r.documentNumber ?? ''),
  column('kind', 'text', (r) => r.kind),
  column('warehouse', 'text', (r) => r.warehouseCode),
  column('counterpart', 'text', (r) => r.counterpart),
  column('lot', 'text', (r) => r.lotNumber ?? ''),
  column('in', 'quantity', (r) => (r.quantity > 0n ? r.quantity : null)),
  column('out', 'quantity', (r) => (r.quantity < 0n ? -r.quantity : null)),
  column('value', 'money', (r) => r.value),
  column('balance', 'quantity', (r) => r.runningQuantity),
  column('balanceValue', 'money', (r) => r.runningValue),
]
