import type { ReceivablesAgeing } from '../../../../shared/domain/receivables'
import type { CustomerStatement } from '../../../../shared/domain/sales-reports'
import { toDecimalString } from '../../../../shared/money'
import type { Column, Grid } from './grid'

export function ageingJson(report: ReceivablesAgeing): unknown {
  const amount = (minor: bigint) => toDecimalString(minor, report.decimals)
  return {
    asOf: report.asOf,
    currency: report.currency,
    buckets: report.buckets,
    rows: report.rows.map((row) => ({
      contactId: row.contactId,
      contactName: row.contactName,
      amounts: row.amounts.map(amount),
      total: amount(row.total),
    })),
    totals: report.totals.map(amount),
    total: amount(report.total),
  }
}

/** The receivables ageing as a grid; the payables ageing has the same shape (`side` payable). */
export function ageingGrid(
  report: ReceivablesAgeing,
  side: 'receivable' | 'payable' = 'receivable',
): Grid {
  // CSV headers are column keys: the bucket's label, lower case ('current', '1-30', '90+').
  const buckets = report.buckets.map((label) => ({ key: label.toLowerCase(), label }))
  const cells = (amounts: bigint[], total: bigint) =>
    Object.fromEntries([
      ...amounts.map((amount, index) => [buckets[index]!.key, amount]),
      ['total', total],
    ])
  return {
    title: `${report.companyName}: ${side}s ageing as of ${report.asOf} (${report.currency})`,
    decimals: report.decimals,
    columns: [
      { key: 'contact', label: side === 'payable' ? 'Supplier' : 'Customer', kind: 'text' },
      ...buckets.map(({ key, label }): Column => ({ key, label, kind: 'amount' })),
      { key: 'total', label: 'Total', kind: 'amount' },
    ],
    rows: [
      ...report.rows.map((row) => ({
        cells: { contact: row.contactName, ...cells(row.amounts, row.total) },
      })),
      { rule: true, cells: { contact: 'Total', ...cells(report.totals, report.total) } },
    ],
  }
}

const KIND_LABEL = {
  invoice: 'Invoice',
  credit_note: 'Credit note',
  payment: 'Payment',
  cancellation: 'Cancelled',
  exchange_difference: 'Exchange difference',
} as const

export function statementJson(report: CustomerStatement): unknown {
  const amount = (minor: bigint) => toDecimalString(minor, report.decimals)
  return {
    contactId: report.contactId,
    contactName: report.contactName,
    from: report.from,
    to: report.to,
    currency: report.currency,
    opening: amount(report.opening),
    lines: report.lines.map((line) => ({
      date: line.date,
      kind: line.kind,
      number: line.number,
      dueDate: line.dueDate,
      charge: amount(line.charge),
      credit: amount(line.credit),
      balance: amount(line.balance),
    })),
    closing: amount(report.closing),
  }
}

export function statementGrid(report: CustomerStatement): Grid {
  const blank = { date: '', what: '', number: '', due: '', charge: null, credit: null }
  return {
    title: `${report.companyName}: statement for ${report.contactName}, ${report.from} to ${report.to} (${report.currency})`,
    decimals: report.decimals,
    indentKey: 'what',
    columns: [
      { key: 'date', label: 'Date', kind: 'text' },
      { key: 'what', label: 'Type', kind: 'text' },
      { key: 'number', label: 'Number', kind: 'text' },
      { key: 'due', label: 'Due', kind: 'text' },
      { key: 'charge', label: 'Charges', kind: 'amount' },
      { key: 'credit', label: 'Credits', kind: 'amount' },
      { key: 'balance', label: 'Balance', kind: 'amount' },
    ],
    rows: [
      { cells: { ...blank, date: report.from, what: 'Opening balance', balance: report.opening } },
      ...report.lines.map((line) => ({
        cells: {
          date: line.date,
          what: KIND_LABEL[line.kind],
          number: line.number,
          due: line.dueDate ?? '',
          charge: line.charge,
          credit: line.credit,
          balance: line.balance,
        },
      })),
      {
        rule: true,
        cells: { ...blank, date: report.to, what: 'Closing balance', balance: report.closing },
      },
    ],
  }
}
