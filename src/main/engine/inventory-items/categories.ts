import type { ItemCategory } from '../../../shared/domain/inventory-items'
import { DaftarError, notFound, validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { newId, nowIso } from '../ids'

export function listCategories(ctx: CompanyContext): ItemCategory[] {
  return ctx.q.all(ctx.db.selectFrom('item_category').select(['id', 'name']).orderBy('name'))
}

export function getCategory(ctx: CompanyContext, id: string): ItemCategory {
  const row = ctx.q.first(
    ctx.db.selectFrom('item_category').select(['id', 'name']).where('id', '=', id),
  )
  if (!row) throw notFound('Item category', id)
  return row
}

/** A category by its name, any case, or undefined. */
export function findCategory(ctx: CompanyContext, name: string): ItemCategory | undefined {
  return ctx.q.first(
    ctx.db.selectFrom('item_category').select(['id', 'name']).where('name', '=', name.trim()),
  )
}

export function createCategory(ctx: CompanyContext, name: string): ItemCategory {
  const clean = categoryName(ctx, name, null)
  const id = newId()
  ctx.transaction(() => {
    ctx.q.run(ctx.db.insertInto('item_category').values({ id, name: clean, created_at: nowIso() }))
    ctx.changes.append('item_category', id, 'create', { id, name: clean })
  })
  return { id, name: clean }
}

export function renameCategory(ctx: CompanyContext, id: string, name: string): ItemCategory {
  getCategory(ctx, id)
  const clean = categoryName(ctx, name, id)
  ctx.transaction(() => {
    ctx.q.run(ctx.db.updateTable('item_category').set({ name: clean }).where('id', '=', id))
    ctx.changes.append('item_category', id, 'update', { id, name: clean })
  })
  return { id, name: clean }
}

/** A category still given to an item cannot go. */
export function deleteCategory(ctx: CompanyContext, id: string): void {
  const category = getCategory(ctx, id)
  const used = ctx.q.first(
    ctx.db.selectFrom('product').select('code').where('category_id', '=', id),
  )
  if (used)
    throw validationError(
      'id',
      `Category ${category.name} is given to ${used.code}; move its items to another first`,
    )
  ctx.transaction(() => {
    ctx.q.run(ctx.db.deleteFrom('item_category').where('id', '=', id))
    ctx.changes.append('item_category', id, 'delete', { id })
  })
}

function categoryName(ctx: CompanyContext, given: string, id: string | null): string {
  const name = given.trim()
  if (!name) throw validationError('name', 'The category needs a name')
  if (name.length > 100) throw validationError('name', 'A category name is at most 100 characters')
  const clash = findCategory(ctx, name)
  if (clash && clash.id !== id)
    throw new DaftarError('duplicate', `There is already a category ${name}`, { field: 'name' })
  return name
}
