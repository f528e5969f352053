import type { StockLedger } from '../../../shared/domain/inventory-reports'
import { toDecimalString } from '../../../shared/money'
import type { Grid } from '../reports/export/grid'

/** Quantities in thousandths as exact decimals: 12500n -> "12.500". */
export const qty = (thousandths: bigint): string => toDecimalString(thousandths, 3)

export function stockLedgerJson(report: StockLedger): unknown {
  const amount = (minor: bigint | null) =>
    minor === null ? null : toDecimalString(minor, report.decimals)
  const position = (at: StockLedger['opening']) => ({
    quantity: qty(at.quantity),
    value: amount(at.value),
  })
  return {
    productId: report.productId,
    code: report.code,
    name: report.name,
    unit: report.unit,
    from: report.from,
    to: report.to,
    currency: report.currency,
    warehouseId: report.warehouseId,
    opening: position(report.opening),
    lines: report.lines.map((line) => ({
      ...line,
      quantity: qty(line.quantity),
      value: amount(line.value),
      runningQuantity: qty(line.runningQuantity),
      runningValue: amount(line.runningValue),
    })),
    closing: position(report.closing),
  }
}

export function stockLedgerGrid(report: StockLedger): Grid {
  const position = (label: string, at: StockLedger['opening']) => ({
    cells: { document: label, balance: qty(at.quantity), balanceValue: at.value },
  })
  return {
    title: `${report.companyName}: stock ledger of ${report.code} ${report.name}, ${report.from} to ${report.to} (${report.unit || 'units'}, ${report.currency})`,
    decimals: report.decimals,
    columns: [
      { key: 'date', label: 'Date', kind: 'text' },
      { key: 'document', label: 'Document', kind: 'text' },
      { key: 'kind', label: 'Move', kind: 'text' },
      { key: 'warehouse', label: 'Warehouse', kind: 'text' },
      { key: 'counterpart', label: 'From / to', kind: 'text' },
      { key: 'lot', label: 'Lot', kind: 'text' },
      { key: 'in', label: 'In', kind: 'number' },
      { key: 'out', label: 'Out', kind: 'number' },
      { key: 'value', label: 'Value', kind: 'amount' },
      { key: 'balance', label: 'Balance', kind: 'number' },
      { key: 'balanceValue', label: 'Balance value', kind: 'amount' },
    ],
    rows: [
      position('Opening', report.opening),
      ...report.lines.map((line) => ({
        cells: {
          date: line.date,
          document: line.documentNumber ?? line.documentType,
          kind: line.kind.replace('_', ' '),
          warehouse: line.warehouseCode,
          counterpart: line.counterpart,
          lot: line.lotNumber,
          in: line.quantity > 0n ? qty(line.quantity) : null,
          out: line.quantity < 0n ? qty(-line.quantity) : null,
          value: line.value,
          balance: qty(line.runningQuantity),
          balanceValue: line.runningValue,
        },
      })),
      { rule: true, ...position('Closing', report.closing) },
    ],
  }
}
