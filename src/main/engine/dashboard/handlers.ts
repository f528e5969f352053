import type { dashboardContract } from '../../../shared/rpc/contracts/dashboard'
import type { HandlerMap } from '../rpc/handler'
import { dashboard } from './dashboard'

export const dashboardHandlers: HandlerMap<keyof typeof dashboardContract> = {
  'dashboard.get': (s, query) => dashboard(s.requireCompany(), query),
}
