import { describe, expect, it } from 'vitest'
import type { Account } from '../../src/shared/domain/ledger'
import { exactAccount, matchAccounts } from '../../src/renderer/journal/account-match'
import { accountTreeRows } from '../../src/renderer/accounts/account-tree'

const account = (code: string, name: string, patch: Partial<Account> = {}): Account => ({
  id: `id-${code}`,
  code,
  name,
  type: 'asset',
  parentId: null,
  archived: false,
  ...patch,
})

const chart = [
  account('1110', 'Cash on hand'),
  account('4000', 'Income', { type: 'income' }),
  account('4100', 'Sales', { type: 'income', parentId: 'id-4000' }),
  account('4200', 'Service income', { type: 'income', parentId: 'id-4000' }),
  account('5100', 'Cost of sales', { type: 'expense' }),
  account('6100', 'Old rent', { type: 'expense', archived: true }),
]

describe('account autocomplete', () => {
  it('offers codes starting with what was typed, in code order', () => {
    expect(matchAccounts(chart, '41').map((a) => a.code)).toEqual(['4100'])
    expect(matchAccounts(chart, '4').map((a) => a.code)).toEqual(['4000', '4100', '4200'])
  })

  it('puts names starting with the text before words inside names', () => {
    expect(matchAccounts(chart, 'sal').map((a) => a.code)).toEqual(['4100', '5100'])
    expect(matchAccounts(chart, 'INCOME').map((a) => a.code)).toEqual(['4000', '4200'])
  })

  it('never offers archived accounts, and caps the list', () => {
    expect(matchAccounts(chart, 'rent')).toEqual([])
    expect(matchAccounts(chart, '', 2)).toHaveLength(2)
  })

  it('knows an account named exactly by code or by "code name"', () => {
    expect(exactAccount(chart, '4100')?.name).toBe('Sales')
    expect(exactAccount(chart, ' 4100 sales ')?.code).toBe('4100')
    expect(exactAccount(chart, '41')).toBeUndefined()
    expect(exactAccount(chart, '6100')).toBeUndefined()
  })
})

describe('the chart as a tree', () => {
  it('puts each parent before its children, with depth', () => {
    const rows = accountTreeRows(chart)
    expect(rows.map((row) => [row.account.code, row.depth, row.hasChildren])).toEqual([
      ['1110', 0, false],
      ['4000', 0, true],
      ['4100', 1, false],
      ['4200', 1, false],
      ['5100', 0, false],
      ['6100', 0, false],
    ])
  })

  it('hides archived accounts unless a live one sits below', () => {
    const withArchivedParent = [
      account('1000', 'Assets', { archived: true }),
      account('1100', 'Bank', { parentId: 'id-1000' }),
      account('1200', 'Old bank', { parentId: 'id-1000', archived: true }),
      account('9000', 'Gone', { archived: true }),
    ]
    const rows = accountTreeRows(withArchivedParent, { hideArchived: true })
    expect(rows.map((row) => row.account.code)).toEqual(['1000', '1100'])
    expect(accountTreeRows(withArchivedParent)).toHaveLength(4)
  })

  it('shows accounts whose parent is missing or in a cycle at the top', () => {
    const odd = [
      account('1', 'Orphan', { parentId: 'nope' }),
      account('2', 'A', { parentId: 'id-3' }),
      account('3', 'B', { parentId: 'id-2' }),
    ]
    expect(accountTreeRows(odd).map((row) => row.account.code)).toEqual(['1', '2', '3'])
  })
})
