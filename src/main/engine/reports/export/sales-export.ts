import type {
  SalesByCustomer,
  SalesByMonth,
  SalesByProduct,
  SalesTotals,
  TaxSummary,
} from '../../../../shared/domain/sales-reports'
import { toDecimalString } from '../../../../shared/money'
import type { Column, Grid, GridRow } from './grid'

const AMOUNT_COLUMNS: Column[] = [
  { key: 'net', label: 'Net', kind: 'amount' },
  { key: 'tax', label: 'Tax', kind: 'amount' },
  { key: 'gross', label: 'Gross', kind: 'amount' },
]

type AnySales = SalesByCustomer | SalesByProduct | SalesByMonth

function salesJson<R extends SalesTotals>(
  report: AnySales & { rows: R[] },
  row: (row: R, amount: (minor: bigint) => string) => object,
): unknown {
  const amount = (minor: bigint) => toDecimalString(minor, report.decimals)
  const totals = (t: SalesTotals) => ({
    net: amount(t.net),
    tax: amount(t.tax),
    gross: amount(t.gross),
  })
  return {
    from: report.from,
    to: report.to,
    currency: report.currency,
    contactId: report.contactId,
    rows: report.rows.map((r) => ({ ...row(r, amount), ...totals(r) })),
    totals: totals(report.totals),
  }
}

function salesGrid<R extends SalesTotals>(
  report: AnySales & { rows: R[] },
  what: string,
  columns: Column[],
  cells: (row: R) => GridRow['cells'],
): Grid {
  const first = columns[0]!.key
  return {
    title: `${report.companyName}: ${what}, ${report.from} to ${report.to} (${report.currency})`,
    decimals: report.decimals,
    columns: [...columns, ...AMOUNT_COLUMNS],
    rows: [
      ...report.rows.map((row) => ({
        cells: { ...cells(row), net: row.net, tax: row.tax, gross: row.gross },
      })),
      {
        rule: true,
        cells: {
          ...Object.fromEntries(columns.map((column) => [column.key, ''])),
          [first]: 'Total',
          ...report.totals,
        },
      },
    ],
  }
}

export const salesByCustomerJson = (report: SalesByCustomer) =>
  salesJson(report, (row) => ({
    contactId: row.contactId,
    contactName: row.contactName,
    invoices: row.invoices,
    creditNotes: row.creditNotes,
  }))

export const salesByCustomerGrid = (report: SalesByCustomer) =>
  salesGrid(
    report,
    'sales by customer',
    [
      { key: 'contact', label: 'Customer', kind: 'text' },
      { key: 'invoices', label: 'Invoices', kind: 'number' },
      { key: 'creditNotes', label: 'Credit notes', kind: 'number' },
    ],
    (row) => ({ contact: row.contactName, invoices: row.invoices, creditNotes: row.creditNotes }),
  )

export const salesByProductJson = (report: SalesByProduct) =>
  salesJson(report, (row) => ({
    productId: row.productId,
    code: row.code,
    name: row.name,
    quantity: toDecimalString(row.quantity, 3),
  }))

export const salesByProductGrid = (report: SalesByProduct) =>
  salesGrid(
    report,
    'sales by product',
    [
      { key: 'code', label: 'Code', kind: 'text' },
      { key: 'name', label: 'Product', kind: 'text' },
      { key: 'quantity', label: 'Quantity', kind: 'text' },
    ],
    (row) => ({ code: row.code, name: row.name, quantity: toDecimalString(row.quantity, 3) }),
  )

export const salesByMonthJson = (report: SalesByMonth) =>
  salesJson(report, (row) => ({ month: row.month }))

export const salesByMonthGrid = (report: SalesByMonth) =>
  salesGrid(report, 'sales by month', [{ key: 'month', label: 'Month', kind: 'text' }], (row) => ({
    month: row.month,
  }))

export function taxSummaryJson(report: TaxSummary): unknown {
  const amount = (minor: bigint) => toDecimalString(minor, report.decimals)
  return {
    from: report.from,
    to: report.to,
    currency: report.currency,
    rows: report.rows.map((row) => ({
      taxCodeId: row.taxCodeId,
      code: row.code,
      name: row.name,
      rate: toDecimalString(BigInt(row.rate), 2),
      taxable: amount(row.taxable),
      output: amount(row.output),
    })),
    inputSource: report.inputSource,
    input: report.input.map((row) => ({
      accountId: row.accountId,
      accountCode: row.accountCode,
      accountName: row.accountName,
      amount: amount(row.amount),
    })),
    totals: {
      taxable: amount(report.totals.taxable),
      output: amount(report.totals.output),
      input: amount(report.totals.input),
      net: amount(report.totals.net),
    },
    tieOut: {
      accounts: report.tieOut.accounts.map((row) => ({
        accountId: row.accountId,
        code: row.code,
        name: row.name,
        movement: amount(row.movement),
      })),
      ledgerMovement: amount(report.tieOut.ledgerMovement),
      summaryNet: amount(report.tieOut.summaryNet),
      difference: amount(report.tieOut.difference),
    },
  }
}

export function taxSummaryGrid(report: TaxSummary): Grid {
  const row = (section: string, name: string, taxable: bigint | null, tax: bigint | null) => ({
    cells: { section, name, taxable, tax },
  })
  const { totals, tieOut } = report
  return {
    title: `${report.companyName}: tax summary, ${report.from} to ${report.to} (${report.currency})`,
    decimals: report.decimals,
    columns: [
      { key: 'section', label: 'Section', kind: 'text' },
      { key: 'name', label: 'Tax code or account', kind: 'text' },
      { key: 'taxable', label: 'Taxable', kind: 'amount' },
      { key: 'tax', label: 'Tax', kind: 'amount' },
    ],
    rows: [
      ...report.rows.map((r) =>
        row(
          'Output',
          `${r.code ? `${r.code} ` : ''}${r.name} (${toDecimalString(BigInt(r.rate), 2)}%)`,
          r.taxable,
          r.output,
        ),
      ),
      { ...row('Output', 'Total output tax', totals.taxable, totals.output), rule: true },
      ...report.input.map((r) =>
        row('Input', `${r.accountCode} ${r.accountName} (from the ledger)`, null, r.amount),
      ),
      row('Input', 'Total input tax', null, totals.input),
      { ...row('Net', 'Net tax payable', null, totals.net), rule: true },
      ...tieOut.accounts.map((r) =>
        row('Tie-out', `${r.code} ${r.name}: ledger movement`, null, r.movement),
      ),
      { ...row('Tie-out', 'Tax accounts in the ledger', null, tieOut.ledgerMovement), rule: true },
      row('Tie-out', 'Net tax payable above', null, tieOut.summaryNet),
      row('Tie-out', 'Difference', null, tieOut.difference),
    ],
  }
}
