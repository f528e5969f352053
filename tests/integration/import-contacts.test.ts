import { describe, expect, it } from 'vitest'
import { checkCompany } from '../../src/main/engine/check/check-company'
import { createContact, getContact, listContacts } from '../../src/main/engine/contacts/contacts'
import { importContacts } from '../../src/main/engine/import/contacts-import'
import { call } from '../../src/main/engine/rpc/dispatch'
import { EngineSession } from '../../src/main/engine/session/engine-session'
import { tempCompany, tempDir } from '../helpers/temp-company'
import { problemLines } from '../helpers/import-problems'
import { customerForm } from '../helpers/contacts'
import { expectRefused, salesSnapshot } from './import-sales-fixture'

const HEADER =
  'name,kind,customer,supplier,tax_id,payment_terms_days,credit_limit,currency,person,email,phone,address,city,postal_code,country,tags'
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n'

const GOOD = csv(
  'Acme Ltd,company,yes,no,GB123,30,5000.50,,Jane Roe,jane@acme.test,+44 1,1 High St,London,N1 1AA,UK,wholesale;vip',
  'Bob Smith,person,y,,,,,EUR,,bob@smith.test,,,,,,',
  '"Ali & Sons, Traders",,no,yes,,14,,,,,,"Unit 4, Dock Rd",Hull,,UK,',
  'Both Ways,company,true,true,,0,0,,,,,,,,,',
)

describe('contacts import', () => {
  it('creates every contact with its address, person and tags, through the contact service', async () => {
    const ctx = await tempCompany()
    expect(importContacts(ctx, GOOD)).toEqual({ dryRun: false, rows: 4, created: 4, problems: [] })
    const contacts = listContacts(ctx)
    expect(contacts.map((c) => [c.name, c.kind, c.isCustomer, c.isSupplier])).toEqual([
      ['Acme Ltd', 'company', true, false],
      ['Ali & Sons, Traders', 'company', false, true],
      ['Bob Smith', 'person', true, false],
      ['Both Ways', 'company', true, true],
    ])
    const acme = getContact(ctx, contacts[0]!.id)
    expect(acme).toMatchObject({
      taxId: 'GB123',
      paymentTermsDays: 30,
      creditLimit: 500050n,
      currency: 'USD',
      tags: ['wholesale', 'vip'],
      people: [{ name: 'Jane Roe', role: '', email: 'jane@acme.test', phone: '+44 1' }],
      addresses: [
        {
          label: '',
          line1: '1 High St',
          line2: '',
          city: 'London',
          region: '',
          postalCode: 'N1 1AA',
          country: 'UK',
        },
      ],
    })
    // Email without a person belongs to the contact itself; no address means none.
    const bob = contacts[2]!
    expect(bob.people).toEqual([
      { name: 'Bob Smith', role: '', email: 'bob@smith.test', phone: '' },
    ])
    expect(bob.addresses).toEqual([])
    expect(bob.currency).toBe('EUR')
    expect(contacts[1]!.addresses[0]!.line1).toBe('Unit 4, Dock Rd')
    expect(contacts[3]!.creditLimit).toBe(0n)
    expect(contacts[1]!.creditLimit).toBeNull()
    const logged = ctx.sqlite
      .prepare(
        "SELECT count(*) AS n FROM change_log WHERE entity = 'contact' AND operation = 'create'",
      )
      .get() as { n: bigint }
    expect(logged.n).toBe(4n)
    expect(checkCompany(ctx).ok).toBe(true)
  })

  it('checks everything and writes nothing on a dry run', async () => {
    const ctx = await tempCompany()
    const before = salesSnapshot(ctx.path)
    expect(importContacts(ctx, GOOD, { dryRun: true })).toEqual({
      dryRun: true,
      rows: 4,
      created: 4,
      problems: [],
    })
    const bad = importContacts(ctx, csv(',,yes,,,,,,,,,,,,,'), { dryRun: true })
    expect(bad).toMatchObject({ dryRun: true, created: 0 })
    expect(bad.problems).toHaveLength(1)
    expect(salesSnapshot(ctx.path)).toBe(before)
  })

  it('lists every bad line with its field and reason, and creates nothing', async () => {
    const ctx = await tempCompany()
    createContact(ctx, customerForm('Old Friend'))
    const problems = expectRefused(ctx, (c) =>
      importContacts(
        c,
        csv(
          ',company,yes,,,,,,,,,,,,,',
          'Two,firm,maybe,,,,,,,,,,,,,',
          'Three,,no,no,,,,,,,,,,,,',
          'Four,,yes,,,-3,12.345,XXX,,not-an-email,,,,,,',
          'Five,,yes,,,ten,-1,,,,,,,,,',
          'old friend,,yes,,,,,,,,,,,,,',
          'Seven,,yes,,,,,,,,,,,,,',
          'SEVEN,,yes,,,,,,,,,,,,,',
          'Nine,,yes',
          `${'N'.repeat(201)},,yes,,,,,,,,,,,,,`,
        ),
      ),
    )
    expect(problemLines(problems)).toEqual([
      'line 2, name: The name is required',
      'line 3, customer: maybe is not yes or no',
      'line 3, kind: firm is not one of company, person',
      'line 4, customer: A contact is a customer, a supplier, or both: put yes in one',
      'line 5, currency: XXX is not a currency Daftar knows',
      'line 5, email: not-an-email is not an email address',
      'line 5, payment_terms_days: -3 is not a whole number from 0 to 3650',
      'line 5, credit_limit: 12.345 has more than 2 decimals, the most this currency has',
      'line 6, payment_terms_days: ten is not a whole number from 0 to 3650',
      'line 6, credit_limit: -1 cannot be negative',
      'line 7, name: There is already a contact named old friend',
      'line 9, name: SEVEN is also on line 8',
      `line 10: Expected 16 fields (${HEADER}), found 3`,
      'line 11, name: Longer than 200 characters',
    ])
  })

  it('refuses a wrong header, an empty file and bytes that are not text', async () => {
    const ctx = await tempCompany()
    const header = expectRefused(ctx, (c) => importContacts(c, 'name,kind\nA,company\n'))
    expect(header).toHaveLength(1)
    expect(header[0]).toMatchObject({ line: 1, field: 'header' })
    expect(header[0]!.message).toBe(
      'customer or supplier: missing from the header; at least one of these columns is required',
    )
    expect(problemLines(expectRefused(ctx, (c) => importContacts(c, '')))).toEqual([
      'line 1: The file is empty',
    ])
    expect(problemLines(expectRefused(ctx, (c) => importContacts(c, `${HEADER}\n`)))).toEqual([
      'line 2: The file has a header but no rows to import',
    ])
    expect(
      expectRefused(ctx, (c) => importContacts(c, new Uint8Array([0xff, 0xfe, 0x00]))),
    ).toHaveLength(1)
  })

  it('is served as import.contacts over RPC', async () => {
    const dir = tempDir()
    const session = new EngineSession({ homeDir: dir, companiesDir: dir, userName: 'tester' })
    try {
      await call(session, 'company.create', { name: 'RPC Shop', currency: 'USD' })
      const dry = await call(session, 'import.contacts', { csv: GOOD, dryRun: true })
      expect(dry).toMatchObject({ dryRun: true, created: 4, problems: [] })
      expect(await call(session, 'contacts.list', {})).toEqual([])
      expect(await call(session, 'import.contacts', { csv: GOOD })).toMatchObject({ created: 4 })
      expect(await call(session, 'contacts.list', {})).toHaveLength(4)
    } finally {
      session.close()
    }
  })
})
