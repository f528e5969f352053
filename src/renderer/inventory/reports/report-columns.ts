import type {
  ExpiringLotRow,
  LowStockRow,
  StockLedgerLine,
  StockSummaryRow,
  StockValuationRow,
} from '../../../shared/domain/inventory-reports'
import { quantityText } from '../quantity'
import type { ReportColumn } from './report-table'

const item = <
  R extends { productId: string; code: string; name: string; unit: string },
>(): ReportColumn<R>[] => [
  {
    key: 'code',
    label: 'stockReport.col.code',
    kind: 'text',
    value: (row) => row.code,
    link: (row) => ({ page: 'item', id: row.productId }),
  },
  { key: 'name', label: 'stockReport.col.name', kind: 'text', value: (row) => row.name },
  { key: 'unit', label: 'stockReport.col.unit', kind: 'text', value: (row) => row.unit },
]

/** Per item: on hand, reserved, available and value; with every warehouse, its quantities too. */
export function stockSummaryColumns(oneWarehouse: boolean): ReportColumn<StockSummaryRow>[] {
  const places: ReportColumn<StockSummaryRow>[] = oneWarehouse
    ? []
    : [
        {
          key: 'warehouses',
          label: 'stockReport.col.warehouses',
          kind: 'text',
          value: (row) =>
            row.warehouses
              .filter((place) => place.onHand !== 0n)
              .map((place) => `${place.warehouseCode} ${quantityText(place.onHand)}`)
              .join(' · '),
        },
      ]
  return [
    ...item<StockSummaryRow>(),
    { key: 'onHand', label: 'stockReport.col.onHand', kind: 'quantity', value: (r) => r.onHand },
    {
      key: 'reserved',
      label: 'stockReport.col.reserved',
      kind: 'quantity',
      value: (r) => r.reserved,
    },
    {
      key: 'available',
      label: 'stockReport.col.available',
      kind: 'quantity',
      value: (r) => r.available,
    },
    ...places,
    { key: 'value', label: 'stockReport.col.value', kind: 'money', value: (r) => r.value },
  ]
}

export const stockValuationColumns: ReportColumn<StockValuationRow>[] = [
  ...item<StockValuationRow>(),
  {
    key: 'valuation',
    label: 'stockReport.col.valuation',
    kind: 'text',
    value: (r) => r.valuation,
    word: (r) => `stockReport.valuation.${r.valuation}`,
  },
  {
    key: 'quantity',
    label: 'stockReport.col.quantity',
    kind: 'quantity',
    value: (r) => r.quantity,
  },
  { key: 'unitCost', label: 'stockReport.col.unitCost', kind: 'money', value: (r) => r.unitCost },
  { key: 'value', label: 'stockReport.col.value', kind: 'money', value: (r) => r.value },
]

export const lowStockColumns: ReportColumn<LowStockRow>[] = [
  ...item<LowStockRow>(),
  { key: 'onHand', label: 'stockReport.col.onHand', kind: 'quantity', value: (r) => r.onHand },
  {
    key: 'reserved',
    label: 'stockReport.col.reserved',
    kind: 'quantity',
    value: (r) => r.reserved,
  },
  {
    key: 'available',
    label: 'stockReport.col.available',
    kind: 'quantity',
    value: (r) => r.available,
  },
  {
    key: 'reorderLevel',
    label: 'stockReport.col.reorderLevel',
    kind: 'quantity',
    value: (r) => r.reorderLevel,
  },
  {
    key: 'reorderQuantity',
    label: 'stockReport.col.reorderQuantity',
    kind: 'quantity',
    value: (r) => r.reorderQuantity,
  },
  {
    key: 'suggested',
    label: 'stockReport.col.suggested',
    kind: 'quantity',
    value: (r) => r.suggested,
  },
]

export const expiringLotsColumns: ReportColumn<ExpiringLotRow>[] = [
  {
    key: 'expiryDate',
    label: 'stockReport.col.expiry',
    kind: 'text',
    value: (r) => r.expiryDate,
  },
  { key: 'daysLeft', label: 'stockReport.col.daysLeft', kind: 'number', value: (r) => r.daysLeft },
  ...item<ExpiringLotRow>().slice(0, 2),
  { key: 'lot', label: 'stockReport.col.lot', kind: 'text', value: (r) => r.lotNumber },
  {
    key: 'warehouse',
    label: 'stockReport.col.warehouse',
    kind: 'text',
    value: (r) => r.warehouseCode,
  },
  { key: 'onHand', label: 'stockReport.col.onHand', kind: 'quantity', value: (r) => r.onHand },
  { key: 'unit', label: 'stockReport.col.unit', kind: 'text', value: (r) => r.unit },
]

/** The stock card's lines for CSV (the screen shows them with StockLedgerTable). */
export const stockLedgerColumns: ReportColumn<StockLedgerLine>[] = [
  { key: 'date', label: 'stockReport.col.date', kind: 'text', value: (r) => r.date },
  {
    key: 'document',
    label: 'stockReport.col.document',
    kind: 'text',
    value: (r) => r.documentNumber ?? '',
  },
  { key: 'kind', label: 'stockReport.col.kind', kind: 'text', value: (r) => r.kind },
  {
    key: 'warehouse',
    label: 'stockReport.col.warehouse',
    kind: 'text',
    value: (r) => r.warehouseCode,
  },
  {
    key: 'counterpart',
    label: 'stockReport.col.counterpart',
    kind: 'text',
    value: (r) => r.counterpart,
  },
  { key: 'lot', label: 'stockReport.col.lot', kind: 'text', value: (r) => r.lotNumber ?? '' },
  {
    key: 'in',
    label: 'stockReport.col.in',
    kind: 'quantity',
    value: (r) => (r.quantity > 0n ? r.quantity : null),
  },
  {
    key: 'out',
    label: 'stockReport.col.out',
    kind: 'quantity',
    value: (r) => (r.quantity < 0n ? -r.quantity : null),
  },
  { key: 'value', label: 'stockReport.col.value', kind: 'money', value: (r) => r.value },
  {
    key: 'balance',
    label: 'stockReport.col.balance',
    kind: 'quantity',
    value: (r) => r.runningQuantity,
  },
  {
    key: 'balanceValue',
    label: 'stockReport.col.balanceValue',
    kind: 'money',
    value: (r) => r.runningValue,
  },
]
