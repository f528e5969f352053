import type { Bin, BinInput } from '../../../shared/domain/inventory-items'
import { DaftarError, notFound, validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import type { Selectable } from 'kysely'
import type { BinTable } from '../db/inventory-schema'
import { newId, nowIso } from '../ids'
import { holdsStock } from './holds-stock'
import { getWarehouse } from './warehouses'

function toBin(row: Selectable<BinTable>): Bin {
  return {
    id: row.id,
    warehouseId: row.warehouse_id,
    code: row.code,
    archived: row.archived === 1n,
  }
}

export function listBins(
  ctx: CompanyContext,
  warehouseId: string,
  filter: { includeArchived?: boolean } = {},
): Bin[] {
  let query = ctx.db
    .selectFrom('bin')
    .selectAll()
    .where('warehouse_id', '=', warehouseId)
    .orderBy('code')
  if (!filter.includeArchived) query = query.where('archived', '=', 0n)
  return ctx.q.all(query).map(toBin)
}

export function getBin(ctx: CompanyContext, id: string): Bin {
  const row = ctx.q.first(ctx.db.selectFrom('bin').selectAll().where('id', '=', id))
  if (!row) throw notFound('Bin', id)
  return toBin(row)
}

/** A bin of a warehouse by its code (any case), or undefined. */
export function findBin(ctx: CompanyContext, warehouseId: string, code: string): Bin | undefined {
  const row = ctx.q.first(
    ctx.db
      .selectFrom('bin')
      .selectAll()
      .where('warehouse_id', '=', warehouseId)
      .where('code', '=', code.trim()),
  )
  return row && toBin(row)
}

export function createBin(ctx: CompanyContext, input: BinInput): Bin {
  const warehouse = getWarehouse(ctx, input.warehouseId)
  if (warehouse.archived)
    throw validationError('warehouseId', `Warehouse ${warehouse.code} is archived`)
  const code = binCode(ctx, warehouse.id, warehouse.code, input.code, null)
  const id = newId()
  ctx.transaction(() => {
    ctx.q.run(
      ctx.db
        .insertInto('bin')
        .values({ id, warehouse_id: warehouse.id, code, created_at: nowIso() }),
    )
    ctx.changes.append('bin', id, 'create', { id, warehouseId: warehouse.id, code })
  })
  return getBin(ctx, id)
}

export function renameBin(ctx: CompanyContext, id: string, newCode: string): Bin {
  const bin = getBin(ctx, id)
  const warehouse = getWarehouse(ctx, bin.warehouseId)
  const code = binCode(ctx, warehouse.id, warehouse.code, newCode, id)
  ctx.transaction(() => {
    ctx.q.run(ctx.db.updateTable('bin').set({ code }).where('id', '=', id))
    ctx.changes.append('bin', id, 'update', { id, code })
  })
  return getBin(ctx, id)
}

/** A bin that still holds stock cannot be archived. */
export function setBinArchived(ctx: CompanyContext, id: string, archived: boolean): Bin {
  const bin = getBin(ctx, id)
  if (archived && holdsStock(ctx, 'bin_id', id))
    throw validationError('archived', `Bin ${bin.code} still holds stock`)
  ctx.transaction(() => {
    ctx.q.run(
      ctx.db
        .updateTable('bin')
        .set({ archived: archived ? 1n : 0n })
        .where('id', '=', id),
    )
    ctx.changes.append('bin', id, archived ? 'archive' : 'unarchive', { id })
  })
  return getBin(ctx, id)
}

function binCode(
  ctx: CompanyContext,
  warehouseId: string,
  warehouseCode: string,
  given: string,
  id: string | null,
): string {
  const code = given.trim()
  if (!code) throw validationError('code', 'The bin needs a code')
  if (code.length > 40) throw validationError('code', 'A bin code is at most 40 characters')
  const clash = findBin(ctx, warehouseId, code)
  if (clash && clash.id !== id)
    throw new DaftarError('duplicate', `Warehouse ${warehouseCode} already has a bin ${code}`, {
      field: 'code',
    })
  return code
}
