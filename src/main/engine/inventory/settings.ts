import type { InventorySettings, NegativeStockPolicy } from '../../../shared/domain/inventory'
import { validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'

/** The company's inventory settings: the negative stock policy and the default warehouse. */
export function inventorySettings(ctx: CompanyContext): InventorySettings {
  const row = ctx.q.first(
    ctx.db.selectFrom('company').select(['negative_stock', 'default_warehouse_id']),
  )
  return {
    negativeStock: row!.negative_stock,
    defaultWarehouseId: defaultWarehouse(ctx, row!.default_warehouse_id),
  }
}

/** What posting stock checks against: the lock date and whether stock may go below zero. */
export function stockPostingRules(ctx: CompanyContext): {
  lockDate: string | null
  refuse: boolean
} {
  const row = ctx.q.prepare('SELECT lock_date, negative_stock FROM company').get() as {
    lock_date: string | null
    negative_stock: NegativeStockPolicy
  }
  return { lockDate: row.lock_date, refuse: row.negative_stock === 'refuse' }
}

export function negativeStockPolicy(ctx: CompanyContext): NegativeStockPolicy {
  const row = ctx.q.prepare('SELECT negative_stock FROM company').get() as {
    negative_stock: NegativeStockPolicy
  }
  return row.negative_stock
}

export function setInventorySettings(
  ctx: CompanyContext,
  settings: { negativeStock?: NegativeStockPolicy; defaultWarehouseId?: string | null },
): InventorySettings {
  ctx.transaction(() => {
    const { id } = ctx.settings()
    if (settings.defaultWarehouseId) requireLiveWarehouse(ctx, settings.defaultWarehouseId)
    ctx.q.run(
      ctx.db
        .updateTable('company')
        .set({
          ...(settings.negativeStock ? { negative_stock: settings.negativeStock } : {}),
          ...(settings.defaultWarehouseId !== undefined
            ? { default_warehouse_id: settings.defaultWarehouseId }
            : {}),
        })
        .where('id', '=', id),
    )
    ctx.changes.append('company', id, 'update', settings)
  })
  return inventorySettings(ctx)
}

/**
 * The default warehouse: the one set if still live, else the oldest live one (MAIN in a new company),
 * so adding a warehouse never moves the default by its code.
 */
export function defaultWarehouseId(ctx: CompanyContext): string | null {
  // Prepared SQL rather than built queries: every cash sale of stocked items asks.
  const row = ctx.q.prepare('SELECT default_warehouse_id FROM company').get() as
    { default_warehouse_id: string | null } | undefined
  return defaultWarehouse(ctx, row?.default_warehouse_id ?? null)
}

function defaultWarehouse(ctx: CompanyContext, set: string | null): string | null {
  if (set && ctx.q.prepare('SELECT 1 FROM warehouse WHERE id = ? AND archived = 0').get(set))
    return set
  const first = ctx.q
    .prepare('SELECT id FROM warehouse WHERE archived = 0 ORDER BY created_at, code LIMIT 1')
    .get() as { id: string } | undefined
  return first?.id ?? null
}

export function requireLiveWarehouse(
  ctx: CompanyContext,
  id: string,
  field = 'warehouseId',
): { id: string; code: string; name: string } {
  // Prepared SQL rather than a built query: every stock document posted checks its warehouses.
  const row = ctx.q
    .prepare('SELECT id, code, name, archived FROM warehouse WHERE id = ?')
    .get(id) as { id: string; code: string; name: string; archived: bigint } | undefined
  if (!row) throw validationError(field, 'Choose a warehouse that exists')
  if (row.archived === 1n) throw validationError(field, `Warehouse ${row.code} is archived`)
  return row
}
