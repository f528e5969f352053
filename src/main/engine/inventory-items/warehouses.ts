import type { Warehouse, WarehouseInput } from '../../../shared/domain/inventory-items'
import { DaftarError, notFound, validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import type { Selectable } from 'kysely'
import type { WarehouseTable } from '../db/inventory-schema'
import { writeArchived } from '../db/archived-flag'
import { newId, nowIso } from '../ids'
import { holdsStock } from './holds-stock'

function toWarehouse(row: Selectable<WarehouseTable>): Warehouse {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    address: row.address,
    archived: row.archived === 1n,
  }
}

export function listWarehouses(
  ctx: CompanyContext,
  filter: { includeArchived?: boolean } = {},
): Warehouse[] {
  let query = ctx.db.selectFrom('warehouse').selectAll().orderBy('code')
  if (!filter.includeArchived) query = query.where('archived', '=', 0n)
  return ctx.q.all(query).map(toWarehouse)
}

export function getWarehouse(ctx: CompanyContext, id: string): Warehouse {
  const row = ctx.q.first(ctx.db.selectFrom('warehouse').selectAll().where('id', '=', id))
  if (!row) throw notFound('Warehouse', id)
  return toWarehouse(row)
}

/** A warehouse by its code, any case; a not-found error naming the code. */
export function warehouseByCode(ctx: CompanyContext, code: string): Warehouse {
  const row = ctx.q.first(
    ctx.db.selectFrom('warehouse').selectAll().where('code', '=', code.trim()),
  )
  if (!row) throw notFound('Warehouse', code.trim())
  return toWarehouse(row)
}

export function createWarehouse(ctx: CompanyContext, input: WarehouseInput): Warehouse {
  const row = warehouseRow(ctx, input, null)
  const id = newId()
  const now = nowIso()
  ctx.transaction(() => {
    ctx.q.run(
      ctx.db.insertInto('warehouse').values({ id, ...row, created_at: now, updated_at: now }),
    )
    ctx.changes.append('warehouse', id, 'create', { id, ...row })
  })
  return getWarehouse(ctx, id)
}

export function updateWarehouse(ctx: CompanyContext, id: string, input: WarehouseInput): Warehouse {
  getWarehouse(ctx, id)
  const row = warehouseRow(ctx, input, id)
  ctx.transaction(() => {
    ctx.q.run(
      ctx.db
        .updateTable('warehouse')
        .set({ ...row, updated_at: nowIso() })
        .where('id', '=', id),
    )
    ctx.changes.append('warehouse', id, 'update', { id, ...row })
  })
  return getWarehouse(ctx, id)
}

/** Archived warehouses take no new documents; one still holding stock cannot be archived. */
export function setWarehouseArchived(
  ctx: CompanyContext,
  id: string,
  archived: boolean,
): Warehouse {
  const warehouse = getWarehouse(ctx, id)
  if (archived && holdsStock(ctx, 'warehouse_id', id))
    throw validationError(
      'archived',
      `Warehouse ${warehouse.code} still holds stock: move or count it out first`,
    )
  writeArchived(ctx, 'warehouse', id, archived)
  return getWarehouse(ctx, id)
}

/** Only a warehouse no stock document has named can go (with its bins); others are archived. */
export function deleteWarehouse(ctx: CompanyContext, id: string): void {
  const warehouse = getWarehouse(ctx, id)
  const used = ctx.q.first(
    ctx.db
      .selectFrom('stock_document')
      .select('id')
      .where((eb) => eb.or([eb('warehouse_id', '=', id), eb('to_warehouse_id', '=', id)])),
  )
  if (used)
    throw validationError(
      'id',
      `Warehouse ${warehouse.code} has stock documents and cannot be deleted: archive it instead`,
    )
  const company = ctx.q.first(ctx.db.selectFrom('company').select('default_warehouse_id'))
  if (company?.default_warehouse_id === id)
    throw validationError(
      'id',
      `Warehouse ${warehouse.code} is the default warehouse: choose another default first`,
    )
  ctx.transaction(() => {
    ctx.q.run(ctx.db.deleteFrom('bin').where('warehouse_id', '=', id))
    ctx.q.run(ctx.db.deleteFrom('warehouse').where('id', '=', id))
    ctx.changes.append('warehouse', id, 'delete', { id })
  })
}

function warehouseRow(ctx: CompanyContext, input: WarehouseInput, id: string | null) {
  const code = input.code.trim()
  const name = input.name.trim()
  if (!code) throw validationError('code', 'The warehouse needs a code')
  if (code.length > 20) throw validationError('code', 'A warehouse code is at most 20 characters')
  if (!name) throw validationError('name', 'The warehouse needs a name')
  const clash = ctx.q.first(ctx.db.selectFrom('warehouse').select('id').where('code', '=', code))
  if (clash && clash.id !== id)
    throw new DaftarError('duplicate', `There is already a warehouse ${code}`, { field: 'code' })
  return { code, name, address: input.address?.trim() ?? '' }
}
