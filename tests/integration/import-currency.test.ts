import { describe, expect, it } from 'vitest'
import { checkCompany } from '../../src/main/engine/check/check-company'
import { createContact } from '../../src/main/engine/contacts/contacts'
import { importBills } from '../../src/main/engine/import/bills-import'
import { importInvoices } from '../../src/main/engine/import/invoices-import'
import { listDocuments } from '../../src/main/engine/sales/documents'
import { salesSetup } from '../helpers/sales-fixture'
import { tempCompany } from '../helpers/temp-company'
import { problemLines } from '../helpers/import-problems'
import { supplierForm } from '../helpers/contacts'
import { expectRefused } from './import-sales-fixture'
import { entryLines } from '../helpers/entry-lines'

const COLUMNS = 'number,date,due_date,customer,product,description,quantity,unit_price,tax_code'
const csv = (header: string, ...rows: string[]) => [header, ...rows].join('\n') + '\n'

async function company(currency = 'USD') {
  const ctx = await tempCompany({ currency })
  return { ctx, ...salesSetup(ctx) }
}

describe('currency and rate columns of the invoice and bill imports', () => {
  it('posts invoices in a foreign currency at the rate given, beside ones in the own currency', async () => {
    const { ctx } = await company()
    // Columns in any order; rate before currency; a later row may repeat both or leave them empty.
    const result = importInvoices(
      ctx,
      csv(
        `rate,${COLUMNS},account,currency`,
        '1.0825,E-1,2026-01-10,,Acme Ltd,W1,,3,33.33,,,eur',
        '1.082500,E-1,,,,W1,,1,10,none,,EUR',
        ',E-1,,,,W1,,1,5,none,,',
        ',U-1,2026-01-11,,Acme Ltd,W1,,1,,,,',
        '1,U-2,2026-01-12,,Acme Ltd,W1,,1,,,,usd',
      ),
    )
    expect(result).toEqual({ dryRun: false, rows: 5, created: 3, problems: [] })
    const [eur, usd, usd2] = listDocuments(ctx, 'invoice')
    // 99.99 + 10% tax 10.00 + 10.00 + 5.00 = 124.99 EUR at 1.0825 = 135.301675 -> 135.30 USD.
    expect(eur).toMatchObject({
      reference: 'E-1',
      currency: 'EUR',
      rate: 1_082_500_000n,
      net: 11499n,
      tax: 1000n,
      gross: 12499n,
      baseGross: 13530n,
    })
    expect(entryLines(ctx, eur!.journalEntryId!)[0]).toEqual(['1200', 13530n, 0n])
    expect(usd).toMatchObject({ currency: 'USD', gross: 11000n, baseGross: 11000n })
    expect(usd2).toMatchObject({ currency: 'USD', gross: 11000n })
    expect(checkCompany(ctx).problems).toEqual([])
  })

  it('reads prices in the currency of the document: none for yen, three digits for dinars', async () => {
    const { ctx } = await company('JPY')
    expect(
      importInvoices(
        ctx,
        csv(
          `${COLUMNS},account,currency,rate`,
          'K-1,2026-01-10,,Acme Ltd,W1,,1,1.234,,,KWD,490.5',
          'J-1,2026-01-10,,Acme Ltd,W1,,1,1500,,,,',
        ),
      ).problems,
    ).toEqual([])
    const [kwd, jpy] = listDocuments(ctx, 'invoice')
    expect(kwd).toMatchObject({ currency: 'KWD', net: 1234n, gross: 1357n, baseGross: 666n })
    expect(jpy).toMatchObject({ currency: 'JPY', net: 1500n })
  })

  it('refuses a missing or bad rate, an unknown currency and rows that disagree, by line and field', async () => {
    const { ctx } = await company()
    const problems = expectRefused(ctx, (c) =>
      importInvoices(
        c,
        csv(
          `${COLUMNS},account,currency,rate`,
          'A,2026-01-10,,Acme Ltd,W1,,1,10,,,EUR,',
          'B,2026-01-10,,Acme Ltd,W1,,1,10,,,XYZ,1.1',
          'C,2026-01-10,,Acme Ltd,W1,,1,10,,,EUR,1.1.1',
          'D,2026-01-10,,Acme Ltd,W1,,1,10,,,EUR,0',
          'E,2026-01-10,,Acme Ltd,W1,,1,10,,,USD,1.2',
          'F,2026-01-10,,Acme Ltd,W1,,1,10,,,EUR,0.0000000001',
          'G,2026-01-10,,Acme Ltd,W1,,1,10.5,,,JPY,0.0068',
          'G,2026-01-10,,Acme Ltd,W1,,1,10,,,EUR,0.0068',
          'G,2026-01-10,,Acme Ltd,W1,,1,10,,,,0.007',
        ),
      ),
    )
    expect(problemLines(problems)).toEqual([
      'line 2, rate: The rate is required for EUR: how many USD one EUR buys, like 1.0825',
      'line 3, currency: XYZ is not a currency Daftar knows (give its code, like EUR)',
      'line 4, rate: 1.1.1 is not a rate (write it like 1.0825 or 25350.5, without thousands separators)',
      'line 5, rate: 0 is not a rate: it must be more than zero',
      "line 6, rate: USD is this company's own currency: leave the rate empty or 1, not 1.2",
      'line 7, rate: 0.0000000001 has more than 9 decimals, the most a rate may have',
      'line 8, unit_price: 10.5 cannot have decimals in this currency',
      'line 9, currency: Invoice G has the currency JPY on line 8, not EUR',
      'line 10, rate: Invoice G has the rate 0.0068 on line 8, not 0.007',
    ])
  })

  it("puts what the invoice service refuses in a foreign currency on the line's column", async () => {
    const { ctx } = await company()
    const file = csv(`${COLUMNS},account,currency,rate`, 'H,2026-01-10,,Acme Ltd,W1,,1,,,,EUR,1.1')
    // The product's price is in USD: a EUR line must give its own.
    expect(problemLines(expectRefused(ctx, (c) => importInvoices(c, file)))).toEqual([
      'line 2, unit_price: give its price in EUR; product prices are in USD',
    ])
  })

  it('posts bills in a foreign currency and refuses one without its rate', async () => {
    const { ctx } = await company()
    createContact(ctx, supplierForm('Beans Ltd'))
    const header =
      'number,date,due_date,supplier,product,description,quantity,unit_price,tax_code,account,currency,rate'
    expect(
      problemLines(
        expectRefused(ctx, (c) =>
          importBills(c, csv(header, 'S-1,2026-01-10,,Beans Ltd,,Sign,1,300,none,6500,GBP,')),
        ),
      ),
    ).toEqual([
      'line 2, rate: The rate is required for GBP: how many USD one GBP buys, like 1.0825',
    ])
    expect(
      importBills(ctx, csv(header, 'S-1,2026-01-10,,Beans Ltd,,Sign,1,300,none,6500,GBP,1.25'))
        .problems,
    ).toEqual([])
    const [bill] = listDocuments(ctx, 'bill')
    expect(bill).toMatchObject({ currency: 'GBP', gross: 30000n, baseGross: 37500n })
    expect(entryLines(ctx, bill!.journalEntryId!)).toEqual([
      ['2100', 0n, 37500n],
      ['6500', 37500n, 0n],
    ])
    expect(checkCompany(ctx).problems).toEqual([])
  })
})
