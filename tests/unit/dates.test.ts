import { describe, expect, it } from 'vitest'
import { fiscalYearStartFor, isIsoDate, previousPeriod } from '../../src/shared/dates'

/** A date range as the reports take it. */
const period = (from: string, to: string) => ({ from, to })

describe('dates', () => {
  it('knows real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2023-02-29')).toBe(false)
    expect(isIsoDate('2026-02-30')).toBe(false)
    expect(isIsoDate('2026-13-01')).toBe(false)
    expect(isIsoDate('26-01-01')).toBe(false)
  })

  it('compares whole months with the same months before, leap years included', () => {
    expect(previousPeriod('2024-01-01', '2024-12-31')).toEqual(period('2023-01-01', '2023-12-31'))
    expect(previousPeriod('2024-03-01', '2024-03-31')).toEqual(period('2024-02-01', '2024-02-29'))
    expect(previousPeriod('2026-01-01', '2026-03-31')).toEqual(period('2025-10-01', '2025-12-31'))
    expect(previousPeriod('2026-01-10', '2026-01-19')).toEqual(period('2025-12-31', '2026-01-09'))
  })

  it('finds the start of the fiscal year', () => {
    expect(fiscalYearStartFor('2026-05-01', '07-01')).toBe('2025-07-01')
    expect(fiscalYearStartFor('2026-07-01', '07-01')).toBe('2026-07-01')
  })
})
