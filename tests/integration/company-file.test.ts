import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { sql, type Kysely } from 'kysely'
import { describe, expect, it } from 'vitest'
import { openCompany, createCompany } from '../../src/main/engine/company/company-file'
import { openDatabase } from '../../src/main/engine/db/open-database'
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/main/engine/db/migrations'
import { listAccounts } from '../../src/main/engine/ledger/accounts'
import { tempDir } from '../helpers/temp-company'

const sha = (file: string) =>
  crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

describe('company files', () => {
  it('creates a file with WAL, foreign keys, the standard chart and the currency minor unit', async () => {
    const file = path.join(tempDir(), 'shop.daftar')
    const ctx = await createCompany(file, {
      name: 'Kuwait Trading',
      currency: 'kwd',
      fiscalYearStart: '04-01',
    })
    expect(ctx.settings()).toMatchObject({
      name: 'Kuwait Trading',
      currency: 'KWD',
      decimals: 3,
      fiscalYearStart: '04-01',
    })
    expect(ctx.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(ctx.sqlite.pragma('foreign_keys', { simple: true })).toBe(1n)
    expect(listAccounts(ctx).length).toBeGreaterThan(20)
    ctx.close()
    const reopened = await openCompany(file)
    expect(reopened.settings().name).toBe('Kuwait Trading')
    reopened.close()
  })

  it('refuses bad settings and an existing file', async () => {
    const dir = tempDir()
    await expect(
      createCompany(path.join(dir, 'a.daftar'), { name: 'A', currency: 'XYZ' }),
    ).rejects.toThrow(/XYZ is not a currency/)
    await expect(
      createCompany(path.join(dir, 'b.daftar'), { name: ' ', currency: 'USD' }),
    ).rejects.toThrow(/needs a name/)
    await expect(
      createCompany(path.join(dir, 'c.daftar'), {
        name: 'C',
        currency: 'USD',
        fiscalYearStart: '13-01',
      }),
    ).rejects.toThrow(/MM-DD/)
    const file = path.join(dir, 'd.daftar')
    ;(await createCompany(file, { name: 'D', currency: 'USD', chart: 'none' })).close()
    await expect(createCompany(file, { name: 'D', currency: 'USD' })).rejects.toThrow(
      /already exists/,
    )
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.daftar'))).toEqual(['d.daftar'])
  })

  it('refuses a file from a newer Daftar and leaves it untouched', async () => {
    const file = path.join(tempDir(), 'future.daftar')
    ;(await createCompany(file, { name: 'Future', currency: 'USD' })).close()
    const raw = new BetterSqlite3(file)
    raw.pragma('user_version = 99')
    raw.pragma('journal_mode = DELETE')
    raw.close()
    const before = sha(file)
    await expect(openCompany(file)).rejects.toThrow(/newer version of Daftar/)
    expect(sha(file)).toBe(before)
  })

  it('refuses a file that is not a company file', async () => {
    const file = path.join(tempDir(), 'notes.daftar')
    fs.writeFileSync(file, 'just some text, not SQLite at all')
    await expect(openCompany(file)).rejects.toThrow(/not a Daftar company file/)
    expect(fs.readFileSync(file, 'utf8')).toBe('just some text, not SQLite at all')
  })

  it('backs the file up before running a new migration', async () => {
    const file = path.join(tempDir(), 'old.daftar')
    ;(await createCompany(file, { name: 'Old', currency: 'USD' })).close()
    const upgraded = {
      ...MIGRATIONS,
      '9999-test-column': {
        up: async (db: Kysely<unknown>) => {
          await sql`ALTER TABLE company ADD COLUMN motto TEXT`.execute(db)
        },
      },
    }
    const opened = await openDatabase(file, { migrations: upgraded })
    expect(opened.backupPath).toMatch(new RegExp(`old\\.daftar\\.bak-v${SCHEMA_VERSION}-`))
    expect(opened.sqlite.pragma('user_version', { simple: true })).toBe(BigInt(SCHEMA_VERSION + 1))
    opened.sqlite.close()
    const backup = new BetterSqlite3(opened.backupPath!, { readonly: true })
    expect(backup.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    expect(backup.prepare('SELECT name FROM company').get()).toEqual({ name: 'Old' })
    backup.close()
  })

  it('leaves a file as it was when an upgrade fails part way, foreign keys on again', async () => {
    const file = path.join(tempDir(), 'old.daftar')
    ;(await createCompany(file, { name: 'Old', currency: 'USD' })).close()
    const failing = {
      ...MIGRATIONS,
      '9998-test-column': {
        up: async (db: Kysely<unknown>) => {
          await sql`ALTER TABLE company ADD COLUMN motto TEXT`.execute(db)
        },
      },
      '9999-test-broken': {
        up: async (db: Kysely<unknown>) => {
          await sql`UPDATE company SET motto = 'half done'`.execute(db)
          await sql`INSERT INTO account (id) VALUES (NULL)`.execute(db)
        },
      },
    }
    await expect(openDatabase(file, { migrations: failing })).rejects.toThrow(
      /Upgrading the company file failed at 9999-test-broken/,
    )
    const opened = await openDatabase(file)
    expect(opened.sqlite.pragma('user_version', { simple: true })).toBe(BigInt(SCHEMA_VERSION))
    expect(opened.sqlite.prepare('SELECT * FROM company').get()).not.toHaveProperty('motto')
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1n)
    opened.sqlite.close()
  })

  it('refuses an upgrade that leaves a reference to a missing row', async () => {
    const file = path.join(tempDir(), 'old.daftar')
    ;(await createCompany(file, { name: 'Old', currency: 'USD' })).close()
    const dangling = {
      ...MIGRATIONS,
      '9999-test-dangling': {
        up: async (db: Kysely<unknown>) => {
          await sql`UPDATE account SET parent_id = 'nowhere' WHERE code = '1200'`.execute(db)
        },
      },
    }
    await expect(openDatabase(file, { migrations: dangling })).rejects.toThrow(
      /rows of account refer to missing account rows/,
    )
    const opened = await openDatabase(file)
    expect(
      opened.sqlite.prepare(`SELECT parent_id FROM account WHERE code = '1200'`).get(),
    ).not.toEqual({ parent_id: 'nowhere' })
    opened.sqlite.close()
  })
})
