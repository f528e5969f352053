import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { importAccounts } from '../../src/main/engine/import/import-accounts'
import { findAccountByCode } from '../../src/main/engine/ledger/accounts'
import { booksSnapshot } from '../fixtures/books'
import { tempCompany } from '../helpers/temp-company'
import { problemLines } from '../helpers/import-problems'

const HEADER = 'code,name,type,parent'
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n'

describe('accounts import', () => {
  it('creates every account, parents first, each in the change log', async () => {
    const ctx = await tempCompany()
    const file = fs.readFileSync(path.join(__dirname, '../fixtures/csv/accounts.csv'))
    expect(importAccounts(ctx, file)).toEqual({ dryRun: false, rows: 4, created: 4, problems: [] })
    const projects = findAccountByCode(ctx, '7000')!
    expect(findAccountByCode(ctx, '7100')).toMatchObject({ type: 'expense', parentId: projects.id })
    expect(findAccountByCode(ctx, '7200')).toMatchObject({
      name: 'Subcontractors',
      type: 'expense',
    })
    expect(findAccountByCode(ctx, '1130')!.parentId).toBe(findAccountByCode(ctx, '1100')!.id)
    const logged = ctx.sqlite
      .prepare(
        `SELECT a.code FROM change_log c JOIN account a ON a.id = c.entity_id
         WHERE c.entity = 'account' AND c.operation = 'create' AND a.code IN ('7000', '7100', '7200', '1130')`,
      )
      .all()
    expect(logged).toHaveLength(4)
  })

  it('takes a parent that comes later in the same file', async () => {
    const ctx = await tempCompany({ chart: 'none' })
    expect(
      importAccounts(
        ctx,
        csv('1110,Cash,asset,1100', '1100,Cash and bank,asset,1000', '1000,Assets,asset,'),
      ).problems,
    ).toEqual([])
    expect(findAccountByCode(ctx, '1110')!.parentId).toBe(findAccountByCode(ctx, '1100')!.id)
    expect(findAccountByCode(ctx, '1100')!.parentId).toBe(findAccountByCode(ctx, '1000')!.id)
  })

  it('writes nothing on a dry run', async () => {
    const ctx = await tempCompany()
    const before = booksSnapshot(ctx.path)
    expect(importAccounts(ctx, csv('7000,Projects,expense,'), { dryRun: true })).toEqual({
      dryRun: true,
      rows: 1,
      created: 1,
      problems: [],
    })
    expect(booksSnapshot(ctx.path)).toBe(before)
  })

  it('lists every bad line and creates nothing', async () => {
    const ctx = await tempCompany()
    const before = booksSnapshot(ctx.path)
    const result = importAccounts(
      ctx,
      csv(
        '7000,Projects,expense,',
        '7000,Projects again,expense,',
        '1110,Cash twice,asset,',
        ',No code,asset,',
        '7300,,expense,7000',
        '7400,Odd,costs,7000',
        '7500,Orphan,expense,9999',
        '7600,Self,expense,7600',
        '7700,Loop A,expense,7800',
        '7800,Loop B,expense,7700',
      ),
    )
    expect(result.created).toBe(0)
    expect(problemLines(result.problems)).toEqual([
      'line 3, code: Code 7000 is also on line 2',
      'line 4, code: Account code 1110 is already used by Cash on hand',
      'line 5, code: The account code is required',
      'line 6, name: The account name is required',
      'line 7, type: costs is not an account type: use one of asset, liability, equity, income, expense',
      'line 8, parent: No account has the code 9999, in the books or in this file',
      'line 9, parent: An account cannot be its own parent',
      'line 10, parent: The parents loop: 7700 → 7800 → 7700',
      'line 11, parent: The parents loop: 7800 → 7700 → 7800',
    ])
    expect(booksSnapshot(ctx.path)).toBe(before)
  })

  it('refuses a wrong header, naming the wrong column and the expected ones', async () => {
    const ctx = await tempCompany()
    const before = booksSnapshot(ctx.path)
    expect(
      problemLines(importAccounts(ctx, 'code,name,kind\n7000,Projects,expense\n').problems),
    ).toEqual([
      'line 1, header: kind: not a column; the columns are code, name, type, and optionally parent',
      'line 1, header: type: missing from the header; this column is required',
    ])
    expect(booksSnapshot(ctx.path)).toBe(before)
  })
})
