import type {
  PurchasesBySupplier,
  PurchasingReportByName,
} from '../../../../shared/domain/purchasing'
import { toDecimalString } from '../../../../shared/money'
import type { Grid } from './grid'
import { ageingGrid, ageingJson } from './receivables-export'
import { reportFormatter } from './render-report'

export function purchasesBySupplierJson(report: PurchasesBySupplier): unknown {
  const amount = (minor: bigint) => toDecimalString(minor, report.decimals)
  const amounts = (row: PurchasesBySupplier['totals']) => ({
    billed: amount(row.billed),
    debited: amount(row.debited),
    net: amount(row.net),
    tax: amount(row.tax),
    gross: amount(row.gross),
  })
  return {
    from: report.from,
    to: report.to,
    currency: report.currency,
    rows: report.rows.map((row) => ({
      contactId: row.contactId,
      contactName: row.contactName,
      ...amounts(row),
    })),
    totals: amounts(report.totals),
  }
}

export function purchasesBySupplierGrid(report: PurchasesBySupplier): Grid {
  const cells = (row: PurchasesBySupplier['totals']) => ({
    billed: row.billed,
    debited: row.debited,
    net: row.net,
    tax: row.tax,
    gross: row.gross,
  })
  return {
    title: `${report.companyName}: purchases by supplier, ${report.from} to ${report.to} (${report.currency})`,
    decimals: report.decimals,
    columns: [
      { key: 'contact', label: 'Supplier', kind: 'text' },
      { key: 'billed', label: 'Billed', kind: 'amount' },
      { key: 'debited', label: 'Debit notes', kind: 'amount' },
      { key: 'net', label: 'Net', kind: 'amount' },
      { key: 'tax', label: 'Tax', kind: 'amount' },
      { key: 'gross', label: 'Gross', kind: 'amount' },
    ],
    rows: [
      ...report.rows.map((row) => ({ cells: { contact: row.contactName, ...cells(row) } })),
      { rule: true, cells: { contact: 'Total', ...cells(report.totals) } },
    ],
  }
}

/** A purchasing report as a terminal table, CSV or JSON; money as exact decimal strings. */
export const formatPurchasingReport = reportFormatter<PurchasingReportByName>({
  'payables-ageing': { json: ageingJson, grid: (report) => ageingGrid(report, 'payable') },
  'purchases-by-supplier': { json: purchasesBySupplierJson, grid: purchasesBySupplierGrid },
})
