import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { formatReport } from '../../src/main/engine/reports/export/format-report'
import { runReport } from '../../src/main/engine/reports/export/run-report'
import { DaftarError } from '../../src/shared/errors'
import { today } from '../../src/shared/dates'
import { tempCompany } from '../helpers/temp-company'
import { postAmount, postKnownLedger } from './reports-fixture'

const csvRows = (text: string) => parse(text) as string[][]

describe('report export', () => {
  it('writes the trial balance JSON in exactly its agreed shape, amounts as decimal strings', async () => {
    const ctx = await tempCompany()
    postKnownLedger(ctx)
    const report = runReport(ctx, 'trial-balance', { asOf: '2026-01-31' })
    expect(JSON.parse(formatReport(report, 'trial-balance', 'json'))).toStrictEqual({
      asOf: '2026-01-31',
      currency: 'USD',
      rows: [
        { code: '1110', name: 'Cash on hand', type: 'asset', debit: '1180.00', credit: '0.00' },
        {
          code: '1200',
          name: 'Accounts receivable',
          type: 'asset',
          debit: '500.00',
          credit: '0.00',
        },
        { code: '3100', name: "Owner's capital", type: 'equity', debit: '0.00', credit: '1000.00' },
        { code: '4100', name: 'Sales', type: 'income', debit: '0.00', credit: '800.00' },
        { code: '6100', name: 'Rent', type: 'expense', debit: '120.00', credit: '0.00' },
      ],
      totals: { debit: '1800.00', credit: '1800.00' },
    })
  })

  it('writes one CSV header row and one row per report line', async () => {
    const ctx = await tempCompany()
    postKnownLedger(ctx)
    const tb = csvRows(
      formatReport(runReport(ctx, 'trial-balance', { asOf: '2026-01-31' }), 'trial-balance', 'csv'),
    )
    expect(tb[0]).toEqual(['code', 'name', 'type', 'debit', 'credit'])
    expect(tb[1]).toEqual(['1110', 'Cash on hand', 'asset', '1180.00', '0.00'])
    expect(tb.at(-1)).toEqual(['', 'Total', '', '1800.00', '1800.00'])
    expect(tb).toHaveLength(1 + 5 + 1)

    const gl = csvRows(
      formatReport(
        runReport(ctx, 'general-ledger', {
          from: '2026-02-01',
          to: '2026-02-28',
          accountCode: '1120',
        }),
        'general-ledger',
        'csv',
      ),
    )
    expect(gl[0]).toEqual([
      'account_code',
      'account_name',
      'date',
      'number',
      'reference',
      'memo',
      'debit',
      'credit',
      'balance',
    ])
    expect(gl.slice(1).map((row) => [row[0], row[4], row[6], row[7], row[8]])).toEqual([
      ['1120', '', '', '', '0.00'],
      ['1120', 'rent feb', '0.00', '120.00', '-120.00'],
      ['1120', 'payment', '400.00', '0.00', '280.00'],
      ['1120', '', '400.00', '120.00', '280.00'],
    ])

    const pl = csvRows(
      formatReport(
        runReport(ctx, 'profit-and-loss', { from: '2026-01-01', to: '2026-02-28' }),
        'profit-and-loss',
        'csv',
      ),
    )
    expect(pl[0]).toEqual(['section', 'code', 'name', 'depth', 'amount', 'previous'])
    expect(pl).toContainEqual(['income', '4100', 'Sales', '1', '500.00', '0.00'])
    expect(pl.at(-1)).toEqual(['', '', 'Net profit', '', '380.00', '-120.00'])

    const bs = csvRows(
      formatReport(runReport(ctx, 'balance-sheet', { asOf: '2026-02-28' }), 'balance-sheet', 'csv'),
    )
    expect(bs[0]).toEqual(['section', 'code', 'name', 'depth', 'amount'])
    expect(bs).toContainEqual(['equity', '', 'Earlier years earnings (unclosed)', '', '180.00'])
    expect(bs).toContainEqual(['equity', '', 'Current year earnings', '', '380.00'])
    expect(bs.at(-1)).toEqual(['', '', 'Total liabilities and equity', '', '1560.00'])
    expect(bs).toContainEqual(['asset', '', 'Total assets', '', '1560.00'])
  })

  it('draws an aligned table with a title, grouped and right-aligned amounts', async () => {
    const ctx = await tempCompany()
    postAmount(ctx, '2026-01-05', 123456789n, { debit: '1110', credit: '3100' })
    postAmount(ctx, '2026-01-06', 5000n, { debit: '6100', credit: '1110' })
    const text = formatReport(
      runReport(ctx, 'trial-balance', { asOf: '2026-01-31' }),
      'trial-balance',
      'table',
    )
    const lines = text.trimEnd().split('\n')
    expect(lines[0]).toBe('Test Shop: trial balance as of 2026-01-31 (USD)')
    expect(lines).toContainEqual(
      expect.stringMatching(/^1110 +Cash on hand +asset +1,234,517\.89 +0\.00$/),
    )
    const amountLines = lines.filter((line) => /\d\.\d\d$/.test(line))
    // Every amount line ends in the same column: right-aligned.
    expect(new Set(amountLines.map((line) => line.length)).size).toBe(1)
    expect(lines.at(-1)).toMatch(/^ +Total +1,234,567\.89 +1,234,567\.89$/)

    const sheet = formatReport(
      runReport(ctx, 'balance-sheet', { asOf: '2026-01-31' }),
      'balance-sheet',
      'table',
    )
    expect(sheet).toContain('Test Shop: balance sheet as of 2026-01-31 (USD)')
    // Accounts indent under their parents by depth.
    expect(sheet).toMatch(
      /^1000 {2}Assets\n1100 {4}Cash and bank\n1110 {6}Cash on hand +1,234,517\.89$/m,
    )
  })

  it('keeps IRR amounts above 2^53 exact in every report and every format', async () => {
    const ctx = await tempCompany({ currency: 'IRR' })
    const capital = 2n ** 60n + 12345n
    const sale = 2n ** 55n + 1n
    const rent = 2n ** 54n + 3n
    postAmount(ctx, '2025-05-01', capital, { debit: '1110', credit: '3100' })
    postAmount(ctx, '2026-01-10', sale, { debit: '1200', credit: '4100' })
    postAmount(ctx, '2026-01-20', rent, { debit: '6100', credit: '1110' })

    const tb = runReport(ctx, 'trial-balance', { asOf: '2026-01-31' })
    expect(tb.rows.find((row) => row.code === '1110')?.debit).toBe(capital - rent)
    expect(tb.totals).toEqual({ debit: capital + sale, credit: capital + sale })
    const tbJson = JSON.parse(formatReport(tb, 'trial-balance', 'json'))
    expect(tbJson.totals.debit).toBe((capital + sale).toString())
    expect(tbJson.rows[0].debit).toBe((capital - rent).toString())

    const gl = runReport(ctx, 'general-ledger', {
      from: '2026-01-01',
      to: '2026-01-31',
      accountCode: '1110',
    })
    expect(gl.accounts[0]).toMatchObject({ opening: capital, closing: capital - rent })
    const glJson = JSON.parse(formatReport(gl, 'general-ledger', 'json'))
    expect(glJson.accounts[0].lines[0].balance).toBe((capital - rent).toString())

    const pl = runReport(ctx, 'profit-and-loss', { from: '2026-01-01', to: '2026-01-31' })
    expect(pl.netProfit).toBe(sale - rent)
    expect(JSON.parse(formatReport(pl, 'profit-and-loss', 'json')).netProfit).toBe(
      (sale - rent).toString(),
    )

    const bs = runReport(ctx, 'balance-sheet', { asOf: '2026-01-31' })
    expect(bs.totalAssets).toBe(capital - rent + sale)
    expect(bs.totalLiabilitiesAndEquity).toBe(bs.totalAssets)
    const bsJson = JSON.parse(formatReport(bs, 'balance-sheet', 'json'))
    expect(bsJson.totalAssets).toBe((capital - rent + sale).toString())
    expect(formatReport(bs, 'balance-sheet', 'csv')).toContain(
      `,${(capital - rent + sale).toString()}\n`,
    )
    const grouped = (capital - rent + sale).toString().replace(/\B(?=(\d{3})+$)/g, ',')
    expect(formatReport(bs, 'balance-sheet', 'table')).toContain(grouped)
  })

  it('fills in defaults and names an unknown account code', async () => {
    const ctx = await tempCompany({ fiscalYearStart: '04-01' })
    const tb = runReport(ctx, 'trial-balance', {})
    expect(tb.asOf).toBe(today())
    const pl = runReport(ctx, 'profit-and-loss', { to: '2026-03-15' })
    expect([pl.from, pl.to]).toEqual(['2025-04-01', '2026-03-15'])
    const gl = runReport(ctx, 'general-ledger', { to: '2026-05-02' })
    expect(gl.from).toBe('2026-04-01')
    try {
      runReport(ctx, 'general-ledger', { accountCode: '9999' })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(DaftarError)
      expect((error as DaftarError).code).toBe('not-found')
      expect((error as DaftarError).message).toContain('9999')
    }
    expect(() => runReport(ctx, 'balance-sheet', { asOf: '2026-13-01' })).toThrow(/not a real date/)
  })
})
