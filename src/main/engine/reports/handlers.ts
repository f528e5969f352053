import type { HandlerMap } from '../rpc/handler'
import { balanceSheet } from './balance-sheet'
import { generalLedger } from './general-ledger'
import { profitAndLoss } from './profit-and-loss'
import { trialBalance } from './trial-balance'

export const reportHandlers: HandlerMap<
  | 'reports.trialBalance'
  | 'reports.generalLedger'
  | 'reports.profitAndLoss'
  | 'reports.balanceSheet'
> = {
  'reports.trialBalance': (session, { asOf }) => trialBalance(session.requireCompany(), asOf),
  'reports.generalLedger': (session, query) => generalLedger(session.requireCompany(), query),
  'reports.profitAndLoss': (session, query) => profitAndLoss(session.requireCompany(), query),
  'reports.balanceSheet': (session, { asOf }) => balanceSheet(session.requireCompany(), asOf),
}
