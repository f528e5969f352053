import type { ProfitAndLoss } from '../../../../shared/domain/reports'
import { toDecimalString } from '../../../../shared/money'
import type { Grid } from './grid'
import { sectionJson, sectionRows, statementColumns, totalRow } from './statement-export'

export function profitAndLossJson(report: ProfitAndLoss): unknown {
  const amount = (minor: bigint) => toDecimalString(minor, report.decimals)
  return {
    from: report.from,
    to: report.to,
    currency: report.currency,
    previous: report.previous,
    income: sectionJson(report.income, report.decimals, true),
    expenses: sectionJson(report.expenses, report.decimals, true),
    netProfit: amount(report.netProfit),
    previousNetProfit: amount(report.previousNetProfit),
  }
}

export function profitAndLossGrid(report: ProfitAndLoss): Grid {
  const { previous } = report
  return {
    title:
      `${report.companyName}: profit and loss ${report.from} to ${report.to}` +
      ` (previous: ${previous.from} to ${previous.to}) (${report.currency})`,
    decimals: report.decimals,
    indentKey: 'name',
    columns: statementColumns(true),
    rows: [
      ...sectionRows(report.income, 'income'),
      ...sectionRows(report.expenses, 'expenses'),
      totalRow('', 'Net profit', report.netProfit, report.previousNetProfit),
    ],
  }
}
