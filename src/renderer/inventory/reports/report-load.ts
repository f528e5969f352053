import type { InventoryReportByName } from '../../../shared/domain/inventory-reports'
import type { Invoke } from '../../api/client'

export interface ReportParams {
  asOf: string
  from: string
  to: string
  /** Product id. */
  item?: string
  /** Warehouse id. */
  warehouse?: string
  days: number
}

/** A report with its name, so the screen knows which one it holds. */
export type LoadedReport = {
  [N in keyof InventoryReportByName]: { name: N; report: InventoryReportByName[N] }
}[keyof InventoryReportByName]

/** Asks the engine for the named report; the stock ledger needs an item (null without one). */
export async function loadReport(
  invoke: Invoke,
  name: keyof InventoryReportByName,
  params: ReportParams,
): Promise<LoadedReport | null> {
  const { asOf, item: productId, warehouse: warehouseId } = params
  switch (name) {
    case 'stock-summary':
      return {
        name,
        report: await invoke('reports.stockSummary', { asOf, productId, warehouseId }),
      }
    case 'stock-ledger':
      if (!productId) return null
      return {
        name,
        report: await invoke('reports.stockLedger', {
          productId,
          from: params.from,
          to: params.to,
          warehouseId,
        }),
      }
    case 'stock-valuation':
      return { name, report: await invoke('reports.stockValuation', { asOf, productId }) }
    case 'low-stock':
      return { name, report: await invoke('reports.lowStock', { asOf, warehouseId }) }
    case 'expiring-lots':
      return {
        name,
        report: await invoke('reports.expiringLots', {
          asOf,
          days: params.days,
          productId,
          warehouseId,
        }),
      }
  }
}
