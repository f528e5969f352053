import type { BalanceSheet } from '../../../../shared/domain/reports'
import { toDecimalString } from '../../../../shared/money'
import type { Grid } from './grid'
import { sectionJson, sectionRows, statementColumns, totalRow } from './statement-export'

export const CURRENT_YEAR_EARNINGS = 'Current year earnings'
export const UNCLOSED_EARNINGS = 'Earlier years earnings (unclosed)'

export function balanceSheetJson(report: BalanceSheet): unknown {
  const amount = (minor: bigint) => toDecimalString(minor, report.decimals)
  return {
    asOf: report.asOf,
    currency: report.currency,
    assets: sectionJson(report.assets, report.decimals, false),
    liabilities: sectionJson(report.liabilities, report.decimals, false),
    equity: sectionJson(report.equity, report.decimals, false),
    unclosedEarnings: amount(report.unclosedEarnings),
    currentYearEarnings: amount(report.currentYearEarnings),
    totalEquity: amount(report.totalEquity),
    totalAssets: amount(report.totalAssets),
    totalLiabilitiesAndEquity: amount(report.totalLiabilitiesAndEquity),
  }
}

export function balanceSheetGrid(report: BalanceSheet): Grid {
  const earnings = (name: string, amount: bigint) => ({
    indent: 1,
    cells: { section: 'equity', code: '', name, depth: null, amount, previous: null },
  })
  return {
    title: `${report.companyName}: balance sheet as of ${report.asOf} (${report.currency})`,
    decimals: report.decimals,
    indentKey: 'name',
    columns: statementColumns(false),
    rows: [
      ...sectionRows(report.assets, 'assets'),
      ...sectionRows(report.liabilities, 'liabilities'),
      ...sectionRows(report.equity, 'equity accounts'),
      earnings(UNCLOSED_EARNINGS, report.unclosedEarnings),
      earnings(CURRENT_YEAR_EARNINGS, report.currentYearEarnings),
      totalRow('equity', 'Total equity', report.totalEquity),
      totalRow('', 'Total liabilities and equity', report.totalLiabilitiesAndEquity),
    ],
  }
}
