import type { DocumentLine, DocumentLineInput } from '../../../shared/domain/sales'
import { validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { groupOf, groupPrice } from '../price-lists/price-for'
import { requireLiveAccount } from '../products/account-check'
import { goodsReceivedAccountId, refuseControlAccount } from '../purchasing/purchasing-accounts'
import type { Side } from '../receivables/open-items'
import { lineAmount, taxLines } from '../../../shared/money/tax-math'
import { salesSettings } from './sales-settings'

/** A document's line as priced before it is saved (no line number yet). */
export type PricedLine = Omit<DocumentLine, 'lineNo'> & {
  /** Where the line's tax posts: the tax code's output account (input account on purchases). */
  taxAccountId: string | null
}

/**
 * Fills each line's defaults from its product (price, tax code, income account), checks it, and
 * taxes it by the company's rounding rule. Errors name the line: `lines.N.field`, N from 0.
 * Purchases (the payable side) take the purchase price, the expense account (inventory for a
 * stocked product) and the tax code's input account instead. A sale to a customer in a customer
 * group takes the group's price where its price list has one.
 */
export function priceLines(
  ctx: CompanyContext,
  lines: DocumentLineInput[],
  side: Side = 'receivable',
  contactId?: string,
): PricedLine[] {
  if (lines.length === 0) throw validationError('lines', 'A document needs at least one line')
  const groupId = side === 'receivable' && contactId ? groupOf(ctx, contactId) : null
  const resolved = lines.map((line, index) => resolveLine(ctx, line, index, side, groupId))
  const taxed = taxLines(
    resolved.map((line) => ({
      amount: lineAmount(line.quantity, line.unitPrice),
      rate: line.rate,
      inclusive: line.inclusive,
      group: line.taxCodeId ?? '',
    })),
    salesSettings(ctx).taxRounding,
  )
  return resolved.map(({ rate: _rate, inclusive: _inclusive, ...line }, index) => ({
    ...line,
    ...taxed[index]!,
  }))
}

function resolveLine(
  ctx: CompanyContext,
  line: DocumentLineInput,
  index: number,
  side: Side,
  groupId: string | null,
) {
  const buying = side === 'payable'
  const field = (name: string) => `lines.${index}.${name}`
  if (line.quantity <= 0n)
    throw validationError(
      field('quantity'),
      `Line ${index + 1}: the quantity must be more than zero`,
      {
        line: index + 1,
      },
    )
  const product = line.productId
    ? ctx.q.first(ctx.db.selectFrom('product').selectAll().where('id', '=', line.productId))
    : undefined
  if (line.productId && !product)
    throw validationError(field('product'), `Line ${index + 1}: choose a product that exists`)
  if (product?.archived === 1n)
    throw validationError(
      field('product'),
      `Line ${index + 1}: product ${product.code} is archived`,
    )
  const listed =
    groupId && product && line.unitPrice === undefined
      ? groupPrice(ctx, groupId, product.id, line.quantity)
      : undefined
  const unitPrice =
    line.unitPrice ?? listed ?? (buying ? product?.purchase_price : product?.sales_price) ?? 0n
  if (unitPrice < 0n)
    throw validationError(field('unitPrice'), `Line ${index + 1}: a price cannot be negative`)
  const accountId =
    line.accountId ?? (buying ? purchaseAccount(ctx, product) : product?.income_account_id)
  if (!accountId)
    throw validationError(field('account'), `Line ${index + 1}: choose a product or an account`)
  requireLiveAccount(ctx, accountId, field('account'))
  if (buying) refuseControlAccount(ctx, accountId, field('account'))
  const taxCodeId = line.taxCodeId === undefined ? (product?.tax_code_id ?? null) : line.taxCodeId
  const taxCode = taxCodeId
    ? ctx.q.first(ctx.db.selectFrom('tax_code').selectAll().where('id', '=', taxCodeId))
    : undefined
  if (taxCodeId && !taxCode)
    throw validationError(field('taxCode'), `Line ${index + 1}: choose a tax code that exists`)
  if (taxCode?.archived === 1n)
    throw validationError(
      field('taxCode'),
      `Line ${index + 1}: tax code ${taxCode.code} is archived`,
    )
  return {
    productId: product?.id ?? null,
    description: line.description?.trim() || product?.name || '',
    quantity: line.quantity,
    unitPrice,
    taxCodeId: taxCode?.id ?? null,
    accountId,
    taxAccountId: (buying ? taxCode?.input_account_id : taxCode?.output_account_id) ?? null,
    rate: taxCode?.rate ?? 0n,
    inclusive: taxCode?.prices_include_tax === 1n,
  }
}

function purchaseAccount(
  ctx: CompanyContext,
  product: { kind: string; expense_account_id: string } | undefined,
): string | undefined {
  if (!product) return undefined
  return product.kind === 'stocked' ? goodsReceivedAccountId(ctx) : product.expense_account_id
}
