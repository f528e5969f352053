import type { PrintableIssuer, PrintableParty } from '../../../shared/domain/printable'
import type { CompanyContext } from '../company/company-context'
import { getContact } from '../contacts/contacts'
import { getPrintDetails, printLogo } from './print-details'

/** The company as it prints at the top of its documents. */
export function issuerOf(ctx: CompanyContext): PrintableIssuer {
  const details = getPrintDetails(ctx)
  return {
    name: ctx.settings().name,
    addressLines: details.address
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
    taxId: details.taxId || null,
    logo: printLogo(ctx),
  }
}

/** A contact with its first address and tax id. */
export function partyOf(ctx: CompanyContext, contactId: string): PrintableParty {
  const contact = getContact(ctx, contactId)
  const address = contact.addresses[0]
  const cityLine = address
    ? [address.postalCode, address.city, address.region].filter(Boolean).join(' ')
    : ''
  return {
    name: contact.name,
    addressLines: address
      ? [address.line1, address.line2, cityLine, address.country].filter(Boolean)
      : [],
    taxId: contact.taxId || null,
  }
}

export function footerOf(ctx: CompanyContext): string | null {
  return getPrintDetails(ctx).footer || null
}
