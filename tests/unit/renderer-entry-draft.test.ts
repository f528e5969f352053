import { describe, expect, it } from 'vitest'
import {
  balancingAmount,
  blankLine,
  buildEntryInput,
  draftTotals,
  formFieldOf,
  parseAmount,
  withAmount,
  type EntryDraft,
  type LineDraft,
} from '../../src/renderer/journal/entry-draft'
import { nextStep } from '../../src/renderer/journal/entry-navigation'

const usd = { decimals: 2, locale: 'en' }
const line = (key: string, patch: Partial<LineDraft> = {}): LineDraft => ({
  ...blankLine(key),
  ...patch,
})
const draft = (lines: LineDraft[]): EntryDraft => ({
  date: '2026-03-01',
  reference: '',
  memo: '',
  lines,
})

describe('amount cells', () => {
  it('parse exactly in minor units, empty meaning zero', () => {
    expect(parseAmount('', usd)).toEqual({ ok: true, value: 0n })
    expect(parseAmount('12.5', usd)).toEqual({ ok: true, value: 1250n })
    expect(parseAmount('1,234,567.89', usd)).toEqual({ ok: true, value: 123456789n })
    expect(parseAmount('90071992547409.93', usd)).toEqual({ ok: true, value: 9007199254740993n })
  })

  it('refuse more decimals than the currency has, negatives and words', () => {
    expect(parseAmount('1.234', usd)).toEqual({ ok: false, problem: 'amount-too-many-decimals' })
    expect(parseAmount('1.5', { decimals: 0, locale: 'en' })).toEqual({
      ok: false,
      problem: 'amount-too-many-decimals',
    })
    expect(parseAmount('-4', usd)).toEqual({ ok: false, problem: 'amount-negative' })
    expect(parseAmount('ten', usd)).toEqual({ ok: false, problem: 'amount-not-a-number' })
  })

  it('read the locale: German separators, Persian digits', () => {
    expect(parseAmount('1.234,50', { decimals: 2, locale: 'de' })).toEqual({
      ok: true,
      value: 123450n,
    })
    expect(parseAmount('۱۲٬۵۰۰', { decimals: 0, locale: 'fa' })).toEqual({
      ok: true,
      value: 12500n,
    })
  })
})

describe('the running difference', () => {
  it('is debits minus credits over the cells that parse', () => {
    const lines = [
      line('a', { debit: '100.00' }),
      line('b', { credit: '60' }),
      line('c', { credit: 'oops' }),
    ]
    expect(draftTotals(lines, usd)).toEqual({ debit: 10000n, credit: 6000n, difference: 4000n })
    expect(balancingAmount(lines, usd)).toEqual({ debit: '', credit: '40.00' })
    expect(balancingAmount([line('a', { credit: '5' })], usd)).toEqual({
      debit: '5.00',
      credit: '',
    })
    expect(balancingAmount([line('a', { credit: '5', debit: '5' })], usd)).toEqual({
      debit: '',
      credit: '',
    })
  })
})

describe('a filled-in balancing amount', () => {
  it('goes away when the amount is typed on the other side instead', () => {
    const filled = line('a', { credit: '40.00', filled: 'credit' })
    expect(withAmount(filled, 'debit', '5')).toMatchObject({
      debit: '5',
      credit: '',
      filled: undefined,
    })
    expect(withAmount(filled, 'debit', '')).toMatchObject({ debit: '', credit: '40.00' })
    expect(withAmount(filled, 'credit', '41')).toMatchObject({ credit: '41', filled: undefined })
    const typed = line('a', { credit: '40.00' })
    expect(withAmount(typed, 'debit', '5')).toMatchObject({ debit: '5', credit: '40.00' })
  })
})

describe('building the entry to send', () => {
  it('drops blank rows and remembers which row each sent line came from', () => {
    const result = buildEntryInput(
      {
        ...draft([
          line('a', { accountId: 'cash', accountText: '1110 Cash', debit: '10' }),
          line('b'),
          line('c', { accountId: 'sales', accountText: '4100 Sales', credit: '10', memo: ' x ' }),
        ]),
        reference: ' INV-1 ',
      },
      usd,
    )
    expect(result).toEqual({
      ok: true,
      input: {
        date: '2026-03-01',
        reference: 'INV-1',
        lines: [
          { accountId: 'cash', debit: 1000n, credit: 0n },
          { accountId: 'sales', debit: 0n, credit: 1000n, memo: 'x' },
        ],
      },
      lineKeys: ['a', 'c'],
    })
  })

  it('names every cell at fault, by row key', () => {
    const result = buildEntryInput(
      draft([line('a', { accountText: 'sal', debit: '1.999' }), line('b', { credit: 'abc' })]),
      usd,
    )
    expect(result).toEqual({
      ok: false,
      problems: {
        'lines.a.account': 'account-unknown',
        'lines.a.debit': 'amount-too-many-decimals',
        'lines.b.credit': 'amount-not-a-number',
      },
    })
  })

  it("maps the engine's line numbers back to the rows that were sent", () => {
    expect(formFieldOf('lines.1.account', ['a', 'c'])).toBe('lines.c.account')
    expect(formFieldOf('lines.0.debit', ['a', 'c'])).toBe('lines.a.debit')
    expect(formFieldOf('lines.0', ['a'])).toBe('lines.a.account')
    expect(formFieldOf('lines.7.debit', ['a'])).toBe('lines')
    expect(formFieldOf('date', ['a'])).toBe('date')
    expect(formFieldOf('lines', ['a'])).toBe('lines')
  })
})

describe('Enter moves through the entry', () => {
  it('goes date, reference, memo, then the first line', () => {
    const entry = draft([line('a'), line('b')])
    expect(nextStep('date', entry, usd)).toEqual({ kind: 'focus', field: 'reference' })
    expect(nextStep('reference', entry, usd)).toEqual({ kind: 'focus', field: 'memo' })
    expect(nextStep('memo', entry, usd)).toEqual({ kind: 'focus', field: 'lines.a.account' })
  })

  it('skips the credit once a debit is typed, and adds a line after the last memo', () => {
    const entry = draft([line('a', { accountId: 'x', debit: '5' }), line('b')])
    expect(nextStep('lines.a.account', entry, usd)).toEqual({
      kind: 'focus',
      field: 'lines.a.debit',
    })
    expect(nextStep('lines.a.debit', entry, usd)).toEqual({ kind: 'focus', field: 'lines.a.memo' })
    expect(nextStep('lines.a.memo', entry, usd)).toEqual({
      kind: 'focus',
      field: 'lines.b.account',
    })
    expect(nextStep('lines.b.memo', entry, usd)).toEqual({ kind: 'new-line' })
    const noDebit = draft([line('a', { debit: '' })])
    expect(nextStep('lines.a.debit', noDebit, usd)).toEqual({
      kind: 'focus',
      field: 'lines.a.credit',
    })
  })

  it("fills the amount that balances the entry when leaving an empty line's account", () => {
    const entry = draft([line('a', { debit: '250' }), line('b', { accountId: 'sales' })])
    expect(nextStep('lines.b.account', entry, usd)).toEqual({
      kind: 'focus',
      field: 'lines.b.credit',
      fill: { key: 'b', debit: '', credit: '250.00' },
    })
    const balanced = draft([line('a', { debit: '1' }), line('b', { credit: '1' }), line('c')])
    expect(nextStep('lines.c.account', balanced, usd)).toEqual({
      kind: 'focus',
      field: 'lines.c.debit',
    })
  })
})
