import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { convertAtRate, exchangeRateText, parseExchangeRate } from '../../src/shared/money'
import { normalizeNumberInput } from '../../src/renderer/i18n/number-input'

const parsed = (text: string) => parseExchangeRate(text)

describe('exchange rate text', () => {
  it('parses decimal rates exactly into 10^9 units, with no floating point', () => {
    expect(parsed('1.0825')).toEqual({ ok: true, value: 1_082_500_000n })
    expect(parsed('25350.5')).toEqual({ ok: true, value: 25_350_500_000_000n })
    expect(parsed('0.0000395')).toEqual({ ok: true, value: 39_500n })
    expect(parsed('0.000000001')).toEqual({ ok: true, value: 1n })
    expect(parsed(' 490.5 ')).toEqual({ ok: true, value: 490_500_000_000n })
    expect(parsed('.5')).toEqual({ ok: true, value: 500_000_000n })
    expect(parsed('1.082500000000')).toEqual({ ok: true, value: 1_082_500_000n })
    // A rate a float would spoil: 0.1 + 0.2 style digits stay as typed.
    expect(parsed('0.300000001')).toEqual({ ok: true, value: 300_000_001n })
    expect(parsed('123456789012345.123456789')).toEqual({
      ok: true,
      value: 123_456_789_012_345_123_456_789n,
    })
  })

  it('reads what people type in their locale: grouping marks and native digits', () => {
    expect(parsed(normalizeNumberInput('25,350.5', 'en'))).toEqual({
      ok: true,
      value: 25_350_500_000_000n,
    })
    expect(parsed(normalizeNumberInput('25.350,5', 'de'))).toEqual({
      ok: true,
      value: 25_350_500_000_000n,
    })
    expect(parsed(normalizeNumberInput('۱٫۵', 'fa'))).toEqual({ ok: true, value: 1_500_000_000n })
  })

  it('says why bad input is not a rate', () => {
    expect(parsed('')).toEqual({ ok: false, reason: 'not-a-number' })
    expect(parsed('.')).toEqual({ ok: false, reason: 'not-a-number' })
    expect(parsed('abc')).toEqual({ ok: false, reason: 'not-a-number' })
    expect(parsed('1.2.3')).toEqual({ ok: false, reason: 'not-a-number' })
    expect(parsed('1e5')).toEqual({ ok: false, reason: 'not-a-number' })
    expect(parsed('-1.5')).toEqual({ ok: false, reason: 'not-a-number' })
    expect(parsed('0')).toEqual({ ok: false, reason: 'not-positive' })
    expect(parsed('0.0000000001')).toEqual({ ok: false, reason: 'too-many-decimals' })
    expect(parsed('1.0000000005')).toEqual({ ok: false, reason: 'too-many-decimals' })
  })

  it('writes a rate back as the shortest text that parses to it', () => {
    expect(exchangeRateText(1_082_500_000n)).toBe('1.0825')
    expect(exchangeRateText(39_500n)).toBe('0.0000395')
    expect(exchangeRateText(1_000_000_000n)).toBe('1')
    expect(exchangeRateText(25_350_500_000_000n)).toBe('25350.5')
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 24n }), (rate) => {
        expect(parseExchangeRate(exchangeRateText(rate))).toEqual({ ok: true, value: rate })
      }),
    )
  })

  it('converts between minor units of any digits at a rate, rounding once, half away from zero', () => {
    // 109.99 EUR at 1.0825 = 119.064175 USD -> 119.06.
    expect(convertAtRate(10999n, 1_082_500_000n, { from: 2, to: 2 })).toBe(11906n)
    // 1.357 KWD at 490.5 JPY = 665.6085 -> 666 yen.
    expect(convertAtRate(1357n, 490_500_000_000n, { from: 3, to: 0 })).toBe(666n)
    // 1,000,000 VND at 0.0000395 USD = 39.50 USD; a half cent rounds away from zero both ways.
    expect(convertAtRate(1_000_000n, 39_500n, { from: 0, to: 2 })).toBe(3950n)
    expect(convertAtRate(5n, 100_000_000n, { from: 2, to: 2 })).toBe(1n)
    expect(convertAtRate(-5n, 100_000_000n, { from: 2, to: 2 })).toBe(-1n)
  })
})
