import type {
  BalanceSheet,
  GeneralLedger,
  ProfitAndLoss,
  ReportName,
  TrialBalance,
} from '../../../../shared/domain/reports'
import { balanceSheetGrid, balanceSheetJson } from './balance-sheet-export'
import { generalLedgerGrid, generalLedgerJson } from './general-ledger-export'
import type { Grid } from './grid'
import { profitAndLossGrid, profitAndLossJson } from './profit-and-loss-export'
import { renderCsv } from './render-csv'
import { renderTable } from './render-table'
import { trialBalanceGrid, trialBalanceJson } from './trial-balance-export'

export interface ReportByName {
  'trial-balance': TrialBalance
  'general-ledger': GeneralLedger
  'profit-and-loss': ProfitAndLoss
  'balance-sheet': BalanceSheet
}

export type ReportFormat = 'table' | 'csv' | 'json'
export const REPORT_FORMATS: readonly ReportFormat[] = ['table', 'csv', 'json']

interface Exporter<R> {
  json(report: R): unknown
  grid(report: R): Grid
}

const EXPORTERS: { [N in ReportName]: Exporter<ReportByName[N]> } = {
  'trial-balance': { json: trialBalanceJson, grid: trialBalanceGrid },
  'general-ledger': { json: generalLedgerJson, grid: generalLedgerGrid },
  'profit-and-loss': { json: profitAndLossJson, grid: profitAndLossGrid },
  'balance-sheet': { json: balanceSheetJson, grid: balanceSheetGrid },
}

/**
 * Writes a report as a terminal table, CSV or JSON. Money is exact in all three: JSON and CSV
 * carry plain decimal strings ("1234.56"), never numbers.
 */
export function formatReport<N extends ReportName>(
  report: ReportByName[N],
  name: N,
  format: ReportFormat,
): string {
  const exporter = EXPORTERS[name] as Exporter<ReportByName[N]>
  switch (format) {
    case 'json':
      return JSON.stringify(exporter.json(report), null, 2) + '\n'
    case 'csv':
      return renderCsv(exporter.grid(report))
    case 'table':
      return renderTable(exporter.grid(report))
  }
}
