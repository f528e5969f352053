import path from 'node:path'
import { addDays } from '../../src/shared/dates'
import { createCompany } from '../../src/main/engine/company/company-file'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { createContact } from '../../src/main/engine/contacts/contacts'
import { findAccountByCode } from '../../src/main/engine/ledger/accounts'
import { createProduct } from '../../src/main/engine/products/products'
import { createTaxCode } from '../../src/main/engine/products/tax-codes'
import { dice } from '../../src/main/engine/demo/prng'
import { saveDocumentDraft } from '../../src/main/engine/sales/documents'

export interface SalesBenchCompany {
  ctx: CompanyContext
  customers: string[]
  products: string[]
  bank: string
}

const CUSTOMERS = 50

/** A company with 50 customers, a 10% tax code and three products on three income accounts. */
export async function salesBenchCompany(dir: string, name: string): Promise<SalesBenchCompany> {
  const ctx = await createCompany(
    path.join(dir, `${name}.daftar`),
    { name, currency: 'USD' },
    { userName: 'bench' },
  )
  const account = (code: string) => findAccountByCode(ctx, code)!.id
  const tax = createTaxCode(ctx, {
    code: 'VAT10',
    name: 'VAT 10%',
    rate: 1000,
    pricesIncludeTax: false,
    outputAccountId: account('2200'),
    inputAccountId: account('2200'),
  })
  const customers = Array.from(
    { length: CUSTOMERS },
    (_, i) =>
      createContact(ctx, {
        name: `Customer ${String(i).padStart(3, '0')}`,
        kind: 'company',
        isCustomer: true,
        isSupplier: false,
        paymentTermsDays: 30,
      }).id,
  )
  const products = ['4100', '4200', '4900'].map(
    (income, i) =>
      createProduct(ctx, {
        code: `P${i}`,
        name: `Product ${i}`,
        kind: 'service',
        salesPrice: BigInt(1000 + i * 250),
        taxCodeId: tax.id,
        incomeAccountId: account(income),
        expenseAccountId: account('5100'),
      }).id,
  )
  return { ctx, customers, products, bank: account('1120') }
}

/** `count` three-line invoice drafts over 2025, saved through the draft service; their ids. */
export function saveInvoiceDrafts(company: SalesBenchCompany, count: number): string[] {
  const roll = dice(7)
  const ids: string[] = []
  const chunk = 5000
  for (let start = 0; start < count; start += chunk) {
    company.ctx.transaction(() => {
      for (let i = start; i < Math.min(count, start + chunk); i++) {
        const draft = saveDocumentDraft(company.ctx, 'invoice', {
          contactId: company.customers[i % company.customers.length]!,
          date: addDays('2025-01-01', Math.floor((i * 365) / count)),
          lines: company.products.map((productId) => ({
            productId,
            quantity: BigInt(roll.int(1, 20) * 1000),
          })),
        })
        ids.push(draft.id)
      }
    })
  }
  return ids
}
