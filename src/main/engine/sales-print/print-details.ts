import type { PrintDetails } from '../../../shared/domain/sales-flow'
import { validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'

/** The company's address, tax id, logo and footer for its printed documents. */
export function getPrintDetails(ctx: CompanyContext): PrintDetails {
  const row = ctx.q.first(ctx.db.selectFrom('company_print_details').selectAll())
  return {
    address: row?.address ?? '',
    taxId: row?.tax_id ?? '',
    footer: row?.footer ?? '',
    logoBase64: row?.logo ? Buffer.from(row.logo).toString('base64') : null,
  }
}

export function printLogo(ctx: CompanyContext): Uint8Array | null {
  return ctx.q.first(ctx.db.selectFrom('company_print_details').select('logo'))?.logo ?? null
}

export function setPrintDetails(ctx: CompanyContext, input: Partial<PrintDetails>): PrintDetails {
  // Absent keeps the logo; null or empty removes it.
  const logo =
    input.logoBase64 === undefined
      ? undefined
      : input.logoBase64
        ? new Uint8Array(Buffer.from(input.logoBase64, 'base64'))
        : null
  if (logo && !isPngOrJpeg(logo))
    throw validationError('logoBase64', 'The logo must be a PNG or JPEG image')
  ctx.transaction(() => {
    const current = getPrintDetails(ctx)
    const row = {
      id: 1n,
      address: input.address ?? current.address,
      tax_id: input.taxId ?? current.taxId,
      footer: input.footer ?? current.footer,
      logo: logo === undefined ? printLogo(ctx) : logo,
    }
    ctx.q.run(
      ctx.db
        .insertInto('company_print_details')
        .values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet(row)),
    )
    const { id } = ctx.settings()
    ctx.changes.append('company', id, 'update', {
      printDetails: { ...row, logo: row.logo ? `${row.logo.length} bytes` : null },
    })
  })
  return getPrintDetails(ctx)
}

function isPngOrJpeg(bytes: Uint8Array): boolean {
  const png = [0x89, 0x50, 0x4e, 0x47]
  return png.every((b, i) => bytes[i] === b) || (bytes[0] === 0xff && bytes[1] === 0xd8)
}
