import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  divideHalfUp,
  lineAmount,
  sumTaxed,
  taxLines,
  type TaxLineInput,
} from '../../src/shared/money/tax-math'

const line = (amount: bigint, rate: bigint, inclusive = false, group = 'T'): TaxLineInput => ({
  amount,
  rate,
  inclusive,
  group,
})

describe('tax math', () => {
  it('rounds half away from zero', () => {
    expect(divideHalfUp(5n, 2n)).toBe(3n)
    expect(divideHalfUp(4n, 3n)).toBe(1n)
    expect(divideHalfUp(5n, 3n)).toBe(2n)
    expect(divideHalfUp(-5n, 2n)).toBe(-3n)
    expect(divideHalfUp(-4n, 3n)).toBe(-1n)
    expect(() => divideHalfUp(1n, 0n)).toThrow()
  })

  it('multiplies quantity in thousandths by the unit price', () => {
    expect(lineAmount(1500n, 999n)).toBe(1499n) // 1.5 x 9.99 = 14.985 -> 14.99
    expect(lineAmount(1000n, 250n)).toBe(250n)
    expect(lineAmount(333n, 100n)).toBe(33n)
  })

  it('adds tax to prices that exclude it', () => {
    // 10.05 at 7.25% = 0.728625 -> 0.73
    expect(taxLines([line(1005n, 725n)], 'line')).toEqual([{ net: 1005n, tax: 73n, gross: 1078n }])
  })

  it('takes tax out of prices that include it', () => {
    // 107.25 incl. 7.25% -> tax 7.25, net 100.00
    expect(taxLines([line(10725n, 725n, true)], 'line')).toEqual([
      { net: 10000n, tax: 725n, gross: 10725n },
    ])
    // 10.00 incl. 20% -> tax 1.666.. -> 1.67
    expect(taxLines([line(1000n, 2000n, true)], 'line')).toEqual([
      { net: 833n, tax: 167n, gross: 1000n },
    ])
  })

  it('rounds per line or once per document', () => {
    // three lines of 0.10 at 5%: 0.005 each -> 0.01 per line (0.03), 0.015 -> 0.02 per document
    const lines = [line(10n, 500n), line(10n, 500n), line(10n, 500n)]
    expect(sumTaxed(taxLines(lines, 'line')).tax).toBe(3n)
    const perDocument = taxLines(lines, 'document')
    expect(sumTaxed(perDocument)).toEqual({ net: 30n, tax: 2n, gross: 32n })
  })

  it('rounds each tax code on its own per document', () => {
    const lines = [
      line(10n, 500n, false, 'A'),
      line(10n, 500n, false, 'B'),
      line(10n, 500n, false, 'A'),
    ]
    expect(sumTaxed(taxLines(lines, 'document')).tax).toBe(2n) // A: 0.01, B: 0.01 (0.005 each)
  })

  it('keeps net + tax = gross on every line, and document tax within half a unit per group', () => {
    const arbitraryLine = fc.record({
      amount: fc.bigInt({ min: 0n, max: 10n ** 15n }),
      rate: fc.constantFrom(0n, 500n, 725n, 1000n, 2000n),
      inclusive: fc.boolean(),
      group: fc.constantFrom('A', 'B'),
    })
    fc.assert(
      fc.property(fc.array(arbitraryLine, { minLength: 1, maxLength: 8 }), (lines) => {
        for (const rounding of ['line', 'document'] as const) {
          const result = taxLines(lines, rounding)
          result.forEach((taxedLine, index) => {
            expect(taxedLine.net + taxedLine.tax).toBe(taxedLine.gross)
            const amount = lines[index]!.amount
            expect(lines[index]!.inclusive ? taxedLine.gross : taxedLine.net).toBe(amount)
          })
        }
      }),
    )
  })
})
