import type { Product, ProductInput } from '../../../shared/domain/sales'
import { DaftarError, notFound, validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import type { Selectable } from 'kysely'
import type { ProductTable } from '../db/sales-schema'
import { writeArchived } from '../db/archived-flag'
import { newId, nowIso } from '../ids'
import { requireLiveAccount } from './account-check'
import { getTaxCode } from './tax-codes'

function toProduct(row: Selectable<ProductTable>): Product {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    unit: row.unit,
    salesPrice: row.sales_price,
    purchasePrice: row.purchase_price,
    taxCodeId: row.tax_code_id,
    incomeAccountId: row.income_account_id,
    expenseAccountId: row.expense_account_id,
    archived: row.archived === 1n,
  }
}

export function listProducts(ctx: CompanyContext): Product[] {
  return ctx.q.all(ctx.db.selectFrom('product').selectAll().orderBy('code')).map(toProduct)
}

export function getProduct(ctx: CompanyContext, id: string): Product {
  const row = ctx.q.first(ctx.db.selectFrom('product').selectAll().where('id', '=', id))
  if (!row) throw notFound('Product', id)
  return toProduct(row)
}

export function createProduct(ctx: CompanyContext, input: ProductInput): Product {
  const row = productRow(ctx, input, null)
  const id = newId()
  const now = nowIso()
  ctx.transaction(() => {
    ctx.q.run(
      ctx.db
        .insertInto('product')
        .values({ id, ...row, archived: 0n, created_at: now, updated_at: now }),
    )
    ctx.changes.append('product', id, 'create', { id, ...input })
  })
  return getProduct(ctx, id)
}

/** Changing a product changes only documents made afterwards: lines keep their own copies. */
export function updateProduct(ctx: CompanyContext, id: string, input: ProductInput): Product {
  getProduct(ctx, id)
  const row = productRow(ctx, input, id)
  ctx.transaction(() => {
    ctx.q.run(
      ctx.db
        .updateTable('product')
        .set({ ...row, updated_at: nowIso() })
        .where('id', '=', id),
    )
    ctx.changes.append('product', id, 'update', { id, ...input })
  })
  return getProduct(ctx, id)
}

export function setProductArchived(ctx: CompanyContext, id: string, archived: boolean): Product {
  getProduct(ctx, id)
  writeArchived(ctx, 'product', id, archived)
  return getProduct(ctx, id)
}

function productRow(ctx: CompanyContext, input: ProductInput, id: string | null) {
  const code = input.code.trim()
  const name = input.name.trim()
  if (!code) throw validationError('code', 'The product needs a code')
  if (!name) throw validationError('name', 'The product needs a name')
  const clash = ctx.q.first(ctx.db.selectFrom('product').select('id').where('code', '=', code))
  if (clash && clash.id !== id)
    throw new DaftarError('duplicate', `There is already a product ${code}`, { field: 'code' })
  for (const field of ['salesPrice', 'purchasePrice'] as const)
    if ((input[field] ?? 0n) < 0n) throw validationError(field, 'A price cannot be negative')
  if (input.taxCodeId) getTaxCode(ctx, input.taxCodeId)
  requireLiveAccount(ctx, input.incomeAccountId, 'incomeAccountId')
  requireLiveAccount(ctx, input.expenseAccountId, 'expenseAccountId')
  return {
    code,
    name,
    kind: input.kind,
    unit: input.unit?.trim() ?? '',
    sales_price: input.salesPrice ?? 0n,
    purchase_price: input.purchasePrice ?? 0n,
    tax_code_id: input.taxCodeId ?? null,
    income_account_id: input.incomeAccountId,
    expense_account_id: input.expenseAccountId,
  }
}
