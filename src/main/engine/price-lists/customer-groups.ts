import type {
  CustomerGroup,
  CustomerGroupDetail,
  GroupPriceInput,
} from '../../../shared/domain/price-lists'
import { DaftarError, notFound, validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { writeArchived } from '../db/archived-flag'
import { newId, nowIso } from '../ids'

export function listCustomerGroups(ctx: CompanyContext, includeArchived = false): CustomerGroup[] {
  let query = ctx.db
    .selectFrom('customer_group as g')
    .leftJoin('customer_group_member as m', 'm.group_id', 'g.id')
    .select(['g.id', 'g.name', 'g.archived', (eb) => eb.fn.count<bigint>('m.contact_id').as('n')])
    .groupBy('g.id')
    .orderBy('g.name')
  if (!includeArchived) query = query.where('g.archived', '=', 0n)
  return ctx.q.all(query).map((row) => ({
    id: row.id,
    name: row.name,
    archived: row.archived === 1n,
    members: Number(row.n),
  }))
}

export function getCustomerGroup(ctx: CompanyContext, id: string): CustomerGroupDetail {
  const group = listCustomerGroups(ctx, true).find((row) => row.id === id)
  if (!group) throw notFound('Customer group', id)
  const prices = ctx.q.all(
    ctx.db
      .selectFrom('group_price as gp')
      .innerJoin('product as p', 'p.id', 'gp.product_id')
      .select(['gp.product_id', 'p.code', 'p.name', 'gp.min_quantity', 'gp.price'])
      .where('gp.group_id', '=', id)
      .orderBy('p.code')
      .orderBy('gp.min_quantity'),
  )
  return {
    ...group,
    prices: prices.map((row) => ({
      productId: row.product_id,
      productCode: row.code,
      productName: row.name,
      minQuantity: row.min_quantity,
      price: row.price,
    })),
  }
}

/** Creates a group, or renames one when `id` is given. Names are unique, ignoring case. */
export function saveCustomerGroup(
  ctx: CompanyContext,
  input: { id?: string; name: string },
): CustomerGroupDetail {
  const name = input.name.trim()
  if (!name) throw validationError('name', 'The customer group needs a name')
  return ctx.transaction(() => {
    const clash = ctx.q.first(
      ctx.db
        .selectFrom('customer_group')
        .select('id')
        .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
        .where('id', '<>', input.id ?? ''),
    )
    if (clash)
      throw new DaftarError('duplicate', `A customer group is already named ${name}`, {
        field: 'name',
      })
    const now = nowIso()
    const id = input.id ?? newId()
    if (input.id) {
      getCustomerGroup(ctx, input.id)
      ctx.q.run(
        ctx.db.updateTable('customer_group').set({ name, updated_at: now }).where('id', '=', id),
      )
    } else
      ctx.q.run(
        ctx.db
          .insertInto('customer_group')
          .values({ id, name, archived: 0n, created_at: now, updated_at: now }),
      )
    ctx.changes.append('customer_group', id, input.id ? 'update' : 'create', { id, name })
    return getCustomerGroup(ctx, id)
  })
}

/** An archived group keeps its members and prices but can no longer be chosen for a contact. */
export function setCustomerGroupArchived(
  ctx: CompanyContext,
  id: string,
  archived: boolean,
): CustomerGroupDetail {
  return ctx.transaction(() => {
    getCustomerGroup(ctx, id)
    writeArchived(ctx, 'customer_group', id, archived)
    return getCustomerGroup(ctx, id)
  })
}

/**
 * Replaces the group's whole price list. Each product may appear once per minimum quantity;
 * errors name the row: `prices.N.field`, N from 0.
 */
export function setGroupPrices(
  ctx: CompanyContext,
  groupId: string,
  prices: GroupPriceInput[],
): CustomerGroupDetail {
  return ctx.transaction(() => {
    getCustomerGroup(ctx, groupId)
    const seen = new Set<string>()
    const rows = prices.map((input, index) => {
      const field = (name: string) => `prices.${index}.${name}`
      const product = ctx.q.first(
        ctx.db.selectFrom('product').select(['id', 'code']).where('id', '=', input.productId),
      )
      if (!product)
        throw validationError(field('productId'), `Row ${index + 1}: choose a product that exists`)
      const minQuantity = input.minQuantity ?? 0n
      if (minQuantity < 0n)
        throw validationError(
          field('minQuantity'),
          `Row ${index + 1}: a minimum quantity cannot be negative`,
        )
      if (input.price < 0n)
        throw validationError(field('price'), `Row ${index + 1}: a price cannot be negative`)
      const key = `${product.id}|${minQuantity}`
      if (seen.has(key))
        throw validationError(
          field('minQuantity'),
          `Row ${index + 1}: ${product.code} already has a price from this quantity`,
        )
      seen.add(key)
      return {
        group_id: groupId,
        product_id: product.id,
        min_quantity: minQuantity,
        price: input.price,
      }
    })
    ctx.q.run(ctx.db.deleteFrom('group_price').where('group_id', '=', groupId))
    for (const row of rows) ctx.q.run(ctx.db.insertInto('group_price').values(row))
    ctx.changes.append('customer_group', groupId, 'update', { id: groupId, prices: rows })
    return getCustomerGroup(ctx, groupId)
  })
}
