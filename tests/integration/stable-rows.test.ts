import { describe, expect, it } from 'vitest'
import { openCompany } from '../../src/main/engine/company/company-file'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { setLockDate } from '../../src/main/engine/company/lock-date'
import { findAccountByCode, setAccountArchived } from '../../src/main/engine/ledger/accounts'
import { postEntry } from '../../src/main/engine/ledger/journal'
import { accountId, tempCompany } from '../helpers/temp-company'

/** A small entry from the bank to sales, dated in 2026. */
const sale = (ctx: CompanyContext) => ({
  date: '2026-03-02',
  lines: [
    { accountId: accountId(ctx, '1120'), debit: 1000n, credit: 0n },
    { accountId: accountId(ctx, '4100'), debit: 0n, credit: 1000n },
  ],
})

describe('settings and accounts kept between postings', () => {
  it('sees a change made through a service, raw SQL or another connection at once', async () => {
    const ctx = await tempCompany()
    const entry = sale(ctx)
    postEntry(ctx, entry)

    setAccountArchived(ctx, accountId(ctx, '4100'), true)
    expect(() => postEntry(ctx, entry)).toThrow(/archived/)
    ctx.sqlite.prepare(`UPDATE account SET archived = 0 WHERE code = '4100'`).run()
    expect(postEntry(ctx, entry).number).toMatch(/^JE-/)
    expect(findAccountByCode(ctx, '4100')!.archived).toBe(false)
    expect(ctx.settings().lockDate).toBeNull()

    const other = await openCompany(ctx.path, { userName: 'second' })
    other.sqlite.prepare(`UPDATE account SET archived = 1 WHERE code = '4100'`).run()
    setLockDate(other, '2026-02-28')
    other.close()
    expect(findAccountByCode(ctx, '4100')!.archived).toBe(true)
    expect(ctx.settings().lockDate).toBe('2026-02-28')
    expect(() => postEntry(ctx, entry)).toThrow(/archived/)
    ctx.close()
  })

  it('keeps nothing a rolled-back transaction read after its own change', async () => {
    const ctx = await tempCompany()
    const entry = sale(ctx)
    expect(() =>
      ctx.transaction(() => {
        setAccountArchived(ctx, accountId(ctx, '4100'), true)
        setLockDate(ctx, '2026-03-31')
        expect(findAccountByCode(ctx, '4100')!.archived).toBe(true)
        expect(ctx.settings().lockDate).toBe('2026-03-31')
        throw new Error('changed my mind')
      }),
    ).toThrow('changed my mind')
    expect(findAccountByCode(ctx, '4100')!.archived).toBe(false)
    expect(ctx.settings().lockDate).toBeNull()
    expect(postEntry(ctx, entry).number).toMatch(/^JE-/)
    ctx.close()
  })
})
