import type { TaxCode, TaxCodeInput } from '../../../shared/domain/sales'
import { DaftarError, notFound, validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import type { TaxCodeTable } from '../db/sales-schema'
import { newId, nowIso } from '../ids'
import { requireLiveAccount } from './account-check'

function toTaxCode(row: TaxCodeTable): TaxCode {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    rate: Number(row.rate),
    pricesIncludeTax: row.prices_include_tax === 1n,
    outputAccountId: row.output_account_id,
    inputAccountId: row.input_account_id,
    archived: row.archived === 1n,
  }
}

export function listTaxCodes(ctx: CompanyContext): TaxCode[] {
  return ctx.q.all(ctx.db.selectFrom('tax_code').selectAll().orderBy('code')).map(toTaxCode)
}

export function getTaxCode(ctx: CompanyContext, id: string): TaxCode {
  const row = ctx.q.first(ctx.db.selectFrom('tax_code').selectAll().where('id', '=', id))
  if (!row) throw notFound('Tax code', id)
  return toTaxCode(row)
}

/** Tax codes are never edited once made (documents refer to their rate); make a new one. */
export function createTaxCode(ctx: CompanyContext, input: TaxCodeInput): TaxCode {
  const code = input.code.trim()
  if (!code) throw validationError('code', 'The tax code needs a code')
  if (!Number.isInteger(input.rate) || input.rate < 0 || input.rate > 100_000)
    throw validationError(
      'rate',
      'The rate is in hundredths of a percent, 0 to 100000 (0% to 1000%)',
    )
  requireLiveAccount(ctx, input.outputAccountId, 'outputAccountId')
  requireLiveAccount(ctx, input.inputAccountId, 'inputAccountId')
  if (ctx.q.first(ctx.db.selectFrom('tax_code').select('id').where('code', '=', code)))
    throw new DaftarError('duplicate', `There is already a tax code ${code}`, { field: 'code' })
  const id = newId()
  ctx.transaction(() => {
    ctx.q.run(
      ctx.db.insertInto('tax_code').values({
        id,
        code,
        name: input.name.trim(),
        rate: BigInt(input.rate),
        prices_include_tax: input.pricesIncludeTax ? 1n : 0n,
        output_account_id: input.outputAccountId,
        input_account_id: input.inputAccountId,
        archived: 0n,
        created_at: nowIso(),
      }),
    )
    ctx.changes.append('tax_code', id, 'create', { id, ...input })
  })
  return getTaxCode(ctx, id)
}
