import type { ProcedureName } from '../../../shared/rpc/contract'
import { companyHandlers } from '../company/handlers'
import { dashboardHandlers } from '../dashboard/handlers'
import { importHandlers } from '../import/handlers'
import { inventoryImportHandlers } from '../import/inventory-import-handlers'
import { inventoryHandlers } from '../inventory/handlers'
import { inventoryItemsHandlers } from '../inventory-items/handlers'
import { inventoryReportHandlers } from '../inventory-reports/handlers'
import { salesImportHandlers } from '../import/sales-import-handlers'
import { ledgerHandlers } from '../ledger/handlers'
import { payrollHandlers } from '../payroll/handlers'
import { payrollPrintHandlers } from '../payroll-print/handlers'
import { priceListHandlers } from '../price-lists/handlers'
import { purchasingHandlers } from '../purchasing/handlers'
import { reportHandlers } from '../reports/handlers'
import { salesReportHandlers } from '../sales-reports/handlers'
import { salesHandlers } from '../sales/handlers'
import { salesFlowHandlers } from '../sales/sales-flow-handlers'
import type { HandlerMap } from './handler'

/** Every procedure of the contract, served by its module. The type makes a missing one a build error. */
export const handlers: HandlerMap<ProcedureName> = {
  ...companyHandlers,
  ...ledgerHandlers,
  ...reportHandlers,
  ...importHandlers,
  ...salesHandlers,
  ...salesFlowHandlers,
  ...salesReportHandlers,
  ...salesImportHandlers,
  ...payrollHandlers,
  ...payrollPrintHandlers,
  ...purchasingHandlers,
  ...inventoryHandlers,
  ...inventoryItemsHandlers,
  ...priceListHandlers,
  ...inventoryReportHandlers,
  ...inventoryImportHandlers,
  ...dashboardHandlers,
}
