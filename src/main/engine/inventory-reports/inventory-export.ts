import type {
  ExpiringLots,
  InventoryReportByName,
  LowStock,
  StockSummary,
  StockValuation,
} from '../../../shared/domain/inventory-reports'
import { toDecimalString } from '../../../shared/money'
import type { Grid, GridRow } from '../reports/export/grid'
import { reportFormatter } from '../reports/export/render-report'
import { qty, stockLedgerGrid, stockLedgerJson } from './stock-ledger-export'

const money = (decimals: number) => (minor: bigint) => toDecimalString(minor, decimals)

/** Which item a row is about, as every report's JSON names it. */
const itemJson = (row: { productId: string; code: string; name: string; unit: string }) => ({
  productId: row.productId,
  code: row.code,
  name: row.name,
  unit: row.unit,
})

/** An item's on hand, reserved and available, as the summary and low stock give them. */
const stockJson = (row: Parameters<typeof itemJson>[0] & Record<Stock, bigint>) => ({
  ...itemJson(row),
  onHand: qty(row.onHand),
  reserved: qty(row.reserved),
  available: qty(row.available),
})
type Stock = 'onHand' | 'reserved' | 'available'

function stockSummaryJson(report: StockSummary): unknown {
  const amount = money(report.decimals)
  return {
    asOf: report.asOf,
    currency: report.currency,
    warehouseId: report.warehouseId,
    rows: report.rows.map((row) => ({
      ...stockJson(row),
      value: amount(row.value),
      warehouses: row.warehouses.map((place) => ({
        warehouse: place.warehouseCode,
        onHand: qty(place.onHand),
        value: amount(place.value),
      })),
    })),
    totals: { value: amount(report.totals.value) },
  }
}

function stockSummaryGrid(report: StockSummary): Grid {
  const rows: GridRow[] = []
  for (const row of report.rows) {
    rows.push({
      cells: {
        code: row.code,
        name: row.name,
        warehouse: report.warehouseId ? (row.warehouses[0]?.warehouseCode ?? '') : 'all',
        unit: row.unit,
        onHand: qty(row.onHand),
        reserved: qty(row.reserved),
        available: qty(row.available),
        value: row.value,
      },
    })
    if (report.warehouseId) continue
    for (const place of row.warehouses)
      rows.push({
        indent: 1,
        cells: {
          code: row.code,
          warehouse: place.warehouseCode,
          unit: row.unit,
          onHand: qty(place.onHand),
          value: place.value,
        },
      })
  }
  rows.push({ rule: true, cells: { code: 'Total', value: report.totals.value } })
  return {
    title: `${report.companyName}: stock summary as of ${report.asOf} (${report.currency})`,
    decimals: report.decimals,
    indentKey: 'warehouse',
    columns: [
      { key: 'code', label: 'Item', kind: 'text' },
      { key: 'name', label: 'Name', kind: 'text' },
      { key: 'warehouse', label: 'Warehouse', kind: 'text' },
      { key: 'unit', label: 'Unit', kind: 'text' },
      { key: 'onHand', label: 'On hand', kind: 'number' },
      { key: 'reserved', label: 'Reserved', kind: 'number' },
      { key: 'available', label: 'Available', kind: 'number' },
      { key: 'value', label: 'Value', kind: 'amount' },
    ],
    rows,
  }
}

function stockValuationJson(report: StockValuation): unknown {
  const amount = money(report.decimals)
  return {
    asOf: report.asOf,
    currency: report.currency,
    rows: report.rows.map((row) => ({
      ...itemJson(row),
      valuation: row.valuation,
      quantity: qty(row.quantity),
      value: amount(row.value),
      unitCost: row.unitCost === null ? null : amount(row.unitCost),
    })),
    totals: { value: amount(report.totals.value) },
  }
}

function stockValuationGrid(report: StockValuation): Grid {
  return {
    title: `${report.companyName}: stock valuation as of ${report.asOf} (${report.currency})`,
    decimals: report.decimals,
    columns: [
      { key: 'code', label: 'Item', kind: 'text' },
      { key: 'name', label: 'Name', kind: 'text' },
      { key: 'valuation', label: 'Method', kind: 'text' },
      { key: 'quantity', label: 'Quantity', kind: 'number' },
      { key: 'unit', label: 'Unit', kind: 'text' },
      { key: 'unitCost', label: 'Unit cost', kind: 'amount' },
      { key: 'value', label: 'Value', kind: 'amount' },
    ],
    rows: [
      ...report.rows.map((row) => ({
        cells: {
          code: row.code,
          name: row.name,
          valuation: row.valuation,
          quantity: qty(row.quantity),
          unit: row.unit,
          unitCost: row.unitCost,
          value: row.value,
        },
      })),
      { rule: true, cells: { code: 'Total', value: report.totals.value } },
    ],
  }
}

function lowStockJson(report: LowStock): unknown {
  return {
    asOf: report.asOf,
    warehouseId: report.warehouseId,
    rows: report.rows.map((row) => ({
      ...stockJson(row),
      reorderLevel: qty(row.reorderLevel),
      reorderQuantity: qty(row.reorderQuantity),
      suggested: qty(row.suggested),
    })),
  }
}

function lowStockGrid(report: LowStock): Grid {
  const keys = ['onHand', 'reserved', 'available', 'reorderLevel', 'suggested'] as const
  const labels = ['On hand', 'Reserved', 'Available', 'Reorder level', 'Order']
  return {
    title: `${report.companyName}: low stock as of ${report.asOf}`,
    decimals: report.decimals,
    columns: [
      { key: 'code', label: 'Item', kind: 'text' },
      { key: 'name', label: 'Name', kind: 'text' },
      { key: 'unit', label: 'Unit', kind: 'text' },
      ...keys.map((key, index) => ({ key, label: labels[index]!, kind: 'number' as const })),
    ],
    rows: report.rows.map((row) => ({
      cells: {
        code: row.code,
        name: row.name,
        unit: row.unit,
        ...Object.fromEntries(keys.map((key) => [key, qty(row[key])])),
      },
    })),
  }
}

function expiringLotsJson(report: ExpiringLots): unknown {
  return {
    asOf: report.asOf,
    days: report.days,
    warehouseId: report.warehouseId,
    rows: report.rows.map((row) => ({ ...row, onHand: qty(row.onHand) })),
  }
}

function expiringLotsGrid(report: ExpiringLots): Grid {
  return {
    title: `${report.companyName}: lots expiring within ${report.days} days of ${report.asOf}`,
    decimals: report.decimals,
    columns: [
      { key: 'expiryDate', label: 'Expires', kind: 'text' },
      { key: 'daysLeft', label: 'Days left', kind: 'number' },
      { key: 'code', label: 'Item', kind: 'text' },
      { key: 'name', label: 'Name', kind: 'text' },
      { key: 'lot', label: 'Lot', kind: 'text' },
      { key: 'warehouse', label: 'Warehouse', kind: 'text' },
      { key: 'onHand', label: 'On hand', kind: 'number' },
      { key: 'unit', label: 'Unit', kind: 'text' },
    ],
    rows: report.rows.map((row) => ({
      cells: {
        expiryDate: row.expiryDate,
        daysLeft: row.daysLeft,
        code: row.code,
        name: row.name,
        lot: row.lotNumber,
        warehouse: row.warehouseCode,
        onHand: qty(row.onHand),
        unit: row.unit,
      },
    })),
  }
}

/** An inventory report as a terminal table, CSV or JSON; money and quantities exact. */
export const formatInventoryReport = reportFormatter<InventoryReportByName>({
  'stock-summary': { json: stockSummaryJson, grid: stockSummaryGrid },
  'stock-ledger': { json: stockLedgerJson, grid: stockLedgerGrid },
  'stock-valuation': { json: stockValuationJson, grid: stockValuationGrid },
  'low-stock': { json: lowStockJson, grid: lowStockGrid },
  'expiring-lots': { json: expiringLotsJson, grid: expiringLotsGrid },
})
