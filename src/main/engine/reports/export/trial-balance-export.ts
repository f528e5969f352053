import type { TrialBalance } from '../../../../shared/domain/reports'
import { toDecimalString } from '../../../../shared/money'
import type { Grid } from './grid'

export function trialBalanceJson(report: TrialBalance): unknown {
  const amount = (minor: bigint) => toDecimalString(minor, report.decimals)
  return {
    asOf: report.asOf,
    currency: report.currency,
    rows: report.rows.map((row) => ({
      code: row.code,
      name: row.name,
      type: row.type,
      debit: amount(row.debit),
      credit: amount(row.credit),
    })),
    totals: { debit: amount(report.totals.debit), credit: amount(report.totals.credit) },
  }
}

export function trialBalanceGrid(report: TrialBalance): Grid {
  return {
    title: `${report.companyName}: trial balance as of ${report.asOf} (${report.currency})`,
    decimals: report.decimals,
    columns: [
      { key: 'code', label: 'Code', kind: 'text' },
      { key: 'name', label: 'Account', kind: 'text' },
      { key: 'type', label: 'Type', kind: 'text' },
      { key: 'debit', label: 'Debit', kind: 'amount' },
      { key: 'credit', label: 'Credit', kind: 'amount' },
    ],
    rows: [
      ...report.rows.map((row) => ({
        cells: {
          code: row.code,
          name: row.name,
          type: row.type,
          debit: row.debit,
          credit: row.credit,
        },
      })),
      {
        rule: true,
        cells: { code: '', name: 'Total', type: '', ...report.totals },
      },
    ],
  }
}
