import type {
  BalanceSheet,
  GeneralLedger,
  ProfitAndLoss,
  ReportName,
  TrialBalance,
} from '../../../../shared/domain/reports'
import { balanceSheetGrid, balanceSheetJson } from './balance-sheet-export'
import { generalLedgerGrid, generalLedgerJson } from './general-ledger-export'
import { profitAndLossGrid, profitAndLossJson } from './profit-and-loss-export'
import { renderReport, type Exporter, type ReportFormat } from './render-report'
import { trialBalanceGrid, trialBalanceJson } from './trial-balance-export'

export interface ReportByName {
  'trial-balance': TrialBalance
  'general-ledger': GeneralLedger
  'profit-and-loss': ProfitAndLoss
  'balance-sheet': BalanceSheet
}

export { REPORT_FORMATS, type ReportFormat } from './render-report'

const EXPORTERS: { [N in ReportName]: Exporter<ReportByName[N]> } = {
  'trial-balance': { json: trialBalanceJson, grid: trialBalanceGrid },
  'general-ledger': { json: generalLedgerJson, grid: generalLedgerGrid },
  'profit-and-loss': { json: profitAndLossJson, grid: profitAndLossGrid },
  'balance-sheet': { json: balanceSheetJson, grid: balanceSheetGrid },
}

/** A ledger report as a terminal table, CSV or JSON; money as exact decimal strings. */
export function formatReport<N extends ReportName>(
  report: ReportByName[N],
  name: N,
  format: ReportFormat,
): string {
  const exporter = EXPORTERS[name] as Exporter<ReportByName[N]>
  return renderReport(exporter, report, format)
}
