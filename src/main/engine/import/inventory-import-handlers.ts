import type { inventoryImportsContract } from '../../../shared/rpc/contracts/inventory-imports'
import type { HandlerMap } from '../rpc/handler'
import { importItems } from './items-import'
import { importOpeningStock } from './opening-stock-import'

export const inventoryImportHandlers: HandlerMap<keyof typeof inventoryImportsContract> = {
  'import.items': (session, { csv, dryRun }) =>
    importItems(session.requireCompany(), csv, { dryRun }),
  'import.openingStock': (session, { csv, dryRun }) =>
    importOpeningStock(session.requireCompany(), csv, { dryRun }),
}
