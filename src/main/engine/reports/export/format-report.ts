import type {
  BalanceSheet,
  GeneralLedger,
  ProfitAndLoss,
  TrialBalance,
} from '../../../../shared/domain/reports'
import { balanceSheetGrid, balanceSheetJson } from './balance-sheet-export'
import { generalLedgerGrid, generalLedgerJson } from './general-ledger-export'
import { profitAndLossGrid, profitAndLossJson } from './profit-and-loss-export'
import { reportFormatter } from './render-report'
import { trialBalanceGrid, trialBalanceJson } from './trial-balance-export'

export interface ReportByName {
  'trial-balance': TrialBalance
  'general-ledger': GeneralLedger
  'profit-and-loss': ProfitAndLoss
  'balance-sheet': BalanceSheet
}

export { REPORT_FORMATS, type ReportFormat } from './render-report'

/** A ledger report as a terminal table, CSV or JSON; money as exact decimal strings. */
export const formatReport = reportFormatter<ReportByName>({
  'trial-balance': { json: trialBalanceJson, grid: trialBalanceGrid },
  'general-ledger': { json: generalLedgerJson, grid: generalLedgerGrid },
  'profit-and-loss': { json: profitAndLossJson, grid: profitAndLossGrid },
  'balance-sheet': { json: balanceSheetJson, grid: balanceSheetGrid },
})
