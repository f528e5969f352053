import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { backupCompany } from '../../src/main/engine/backup/backup-company'
import { checkCompany } from '../../src/main/engine/check/check-company'
import { openCompany } from '../../src/main/engine/company/company-file'
import { generateDemo } from '../../src/main/engine/demo/generate-demo'
import { postEntry } from '../../src/main/engine/ledger/journal'
import { booksSnapshot } from '../fixtures/books'
import { accountId, tempCompany, tempDir } from '../helpers/temp-company'

describe('backup', () => {
  it('copies an open company to one file that opens and passes the check', async () => {
    const ctx = await tempCompany()
    generateDemo(ctx, { seed: 2, today: '2026-05-01' })
    const target = path.join(tempDir(), 'copy.daftar')
    const result = await backupCompany(ctx, target)
    expect(result).toEqual({ path: target, bytes: fs.statSync(target).size })
    expect(fs.readdirSync(path.dirname(target))).toEqual(['copy.daftar'])
    expect(booksSnapshot(target)).toBe(booksSnapshot(ctx.path))
    const copy = await openCompany(target)
    expect(checkCompany(copy)).toEqual({ ok: true, problems: [] })
    expect(copy.settings().name).toBe('Test Shop')
    copy.close()
  })

  it('copies by path, and catches writes made before the copy', async () => {
    const ctx = await tempCompany()
    postEntry(ctx, {
      date: '2026-01-02',
      lines: [
        { accountId: accountId(ctx, '1110'), debit: 5n, credit: 0n },
        { accountId: accountId(ctx, '4100'), debit: 0n, credit: 5n },
      ],
    })
    const target = path.join(tempDir(), 'by-path.daftar')
    await backupCompany(ctx.path, target)
    expect(booksSnapshot(target)).toBe(booksSnapshot(ctx.path))
  })

  it('never overwrites an existing file unless asked', async () => {
    const ctx = await tempCompany()
    const target = path.join(tempDir(), 'taken.daftar')
    fs.writeFileSync(target, 'precious')
    await expect(backupCompany(ctx, target)).rejects.toThrow(/already exists/)
    expect(fs.readFileSync(target, 'utf8')).toBe('precious')
    expect(fs.readdirSync(path.dirname(target))).toEqual(['taken.daftar'])
    await backupCompany(ctx, target, { overwrite: true })
    expect(booksSnapshot(target)).toBe(booksSnapshot(ctx.path))
  })

  it('refuses a missing folder, the company file itself, and a file that is not a company', async () => {
    const ctx = await tempCompany()
    await expect(
      backupCompany(ctx, path.join(tempDir(), 'no', 'such', 'x.daftar')),
    ).rejects.toThrow(/does not exist/)
    await expect(backupCompany(ctx, ctx.path, { overwrite: true })).rejects.toThrow(/itself/)
    const notCompany = path.join(tempDir(), 'notes.txt')
    fs.writeFileSync(notCompany, 'hello')
    await expect(backupCompany(notCompany, path.join(tempDir(), 'x.daftar'))).rejects.toThrow(
      /not a Daftar company file/,
    )
  })
})
