// PLACEHOLDER: the reports helper replaces this file with real handlers.
import type { HandlerMap } from '../rpc/handler'

const notYet = (): never => {
  throw new Error('reports not built yet')
}

export const reportHandlers: HandlerMap<
  | 'reports.trialBalance'
  | 'reports.generalLedger'
  | 'reports.profitAndLoss'
  | 'reports.balanceSheet'
> = {
  'reports.trialBalance': notYet,
  'reports.generalLedger': notYet,
  'reports.profitAndLoss': notYet,
  'reports.balanceSheet': notYet,
}
