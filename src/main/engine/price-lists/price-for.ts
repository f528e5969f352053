import type { ContactPrice, GroupPrice } from '../../../shared/domain/price-lists'
import { validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { getCustomerGroup } from './customer-groups'

/** The contact's customer group, or null when it belongs to none. */
export function groupOf(ctx: CompanyContext, contactId: string): string | null {
  const row = ctx.q
    .prepare('SELECT group_id FROM customer_group_member WHERE contact_id = ?')
    .get(contactId) as { group_id: string } | undefined
  return row?.group_id ?? null
}

/**
 * What `productId` sells for to `contactId` at `quantity` (thousandths): the price of the
 * contact's group with the largest minimum quantity the quantity reaches, or else the product's
 * own sales price. Always in the company currency.
 */
export function priceFor(
  ctx: CompanyContext,
  contactId: string,
  productId: string,
  quantity: bigint,
): bigint {
  return contactPrice(ctx, contactId, productId, quantity).price
}

export function contactPrice(
  ctx: CompanyContext,
  contactId: string,
  productId: string,
  quantity: bigint,
): ContactPrice {
  const groupId = groupOf(ctx, contactId)
  const listed = groupId ? groupPrice(ctx, groupId, productId, quantity) : undefined
  if (listed !== undefined) return { price: listed, groupId }
  const product = ctx.q.prepare('SELECT sales_price FROM product WHERE id = ?').get(productId) as
    { sales_price: bigint } | undefined
  if (!product) throw validationError('productId', 'Choose a product that exists')
  return { price: product.sales_price, groupId: null }
}

/** The group's price for the product at the quantity, or undefined when its list has none. */
export function groupPrice(
  ctx: CompanyContext,
  groupId: string,
  productId: string,
  quantity: bigint,
): bigint | undefined {
  const row = ctx.q
    .prepare(
      `SELECT price FROM group_price WHERE group_id = ? AND product_id = ? AND min_quantity <= ?
         ORDER BY min_quantity DESC LIMIT 1`,
    )
    .get(groupId, productId, quantity) as { price: bigint } | undefined
  return row?.price
}

/** The contact's group prices, for a form that picks them as lines are typed. */
export function contactGroupPrices(ctx: CompanyContext, contactId: string): GroupPrice[] {
  const groupId = groupOf(ctx, contactId)
  return groupId ? getCustomerGroup(ctx, groupId).prices : []
}
