import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as q from '../../src/main/engine/payroll/rational'
import {
  applyBands,
  incomeTax,
  parseRules,
  versionOn,
} from '../../src/main/engine/payroll/rule-math'
import { UNITED_KINGDOM_PACK } from '../../src/main/engine/payroll/rule-packs/united-kingdom'
import { VIETNAM_PACK } from '../../src/main/engine/payroll/rule-packs/vietnam'
import { contribution } from '../../src/main/engine/payroll/rule-math'
import { quickTable } from '../helpers/payroll-quick-table'

const vn = parseRules(versionOn(VIETNAM_PACK.versions, '2024-08-31')!)

const M = 1_000_000n
/**
 * Circular 111/2013/TT-BTC, appendix 01/PL-TNCN, "simplified" table: tax on monthly taxable
 * income TN (VND) for each bracket, as the tax office publishes it.
 */
const CIRCULAR_111: [bigint | null, bigint, bigint][] = [
  [5n * M, 5n, 0n],
  [10n * M, 10n, 250_000n],
  [18n * M, 15n, 750_000n],
  [32n * M, 20n, 1_650_000n],
  [52n * M, 25n, 3_250_000n],
  [80n * M, 30n, 5_850_000n],
  [null, 35n, 9_850_000n],
]

describe('Vietnam personal income tax', () => {
  it('matches the Circular 111/2013/TT-BTC (2013-08-15) appendix 01/PL-TNCN quick table in every bracket', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 200_000_000n }), (thousands) => {
        const tn = thousands * 100n // whole hundreds of VND: the quick table is then exact
        expect(q.toMinor(applyBands(q.int(tn), vn.tax.brackets), 0)).toBe(
          quickTable(CIRCULAR_111, tn),
        )
      }),
    )
  })

  it('takes 15,500,000 and 6,200,000 family deductions from 2026-01-01', () => {
    const rules = parseRules(versionOn(VIETNAM_PACK.versions, '2026-01-31')!)
    // By hand: 40,000,000 - 4,200,000 insurance - 15,500,000 - 6,200,000 = 14,100,000 taxable,
    // bracket 3: 15% x 14,100,000 - 750,000 = 1,365,000.
    const tax = incomeTax(rules.tax, q.int(40_000_000), q.int(4_200_000), 1, 'monthly', 0)
    expect(tax.tax).toBe(1_365_000n)
    expect(versionOn(VIETNAM_PACK.versions, '2025-12-31')!.incomeTax.personalAllowance).toBe(
      '11000000',
    )
  })

  it('scales monthly brackets to weekly pay keeping a year of tax equal up to weekly rounding', () => {
    const monthly = incomeTax(vn.tax, q.int(52_000_000), q.ZERO, 0, 'monthly', 0).tax
    const weekly = incomeTax(vn.tax, q.int(12_000_000), q.ZERO, 0, 'weekly', 0).tax
    // Exact before rounding; each week's tax is rounded half-up, so a year differs by at most 26.
    const diff = monthly * 12n - weekly * 52n
    expect(diff <= 26n && diff >= -26n).toBe(true)
  })
})

describe('United Kingdom PAYE and National Insurance 2024-25', () => {
  const uk = parseRules(versionOn(UNITED_KINGDOM_PACK.versions, '2024-06-30')!)
  it('taxes 3,000 a month as HMRC rates give by hand', () => {
    // (36,000 - 12,570) x 20% = 4,686 a year; 390.50 a month.
    expect(incomeTax(uk.tax, q.int(3000), q.ZERO, 0, 'monthly', 2).tax).toBe(39_050n)
    // Employee NI (3,000 - 1,048) x 8% = 156.16; employer (3,000 - 758) x 13.8% = 309.396 -> 309.40.
    expect(contribution(uk.contributions[0]!, q.int(3000), 'monthly', 2)).toEqual({
      employee: 15_616n,
      employer: 30_940n,
    })
  })
  it('uses the 15% employer rate from 2025-04-06', () => {
    const later = parseRules(versionOn(UNITED_KINGDOM_PACK.versions, '2025-04-30')!)
    // (3,000 - 417) x 15% = 387.45.
    expect(contribution(later.contributions[0]!, q.int(3000), 'monthly', 2).employer).toBe(38_745n)
  })
})

describe('rounding', () => {
  it('rounds half away from zero to the minor unit, exactly', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        (num, den) => {
          const rounded = q.roundHalfUp(q.rational(num, den))
          const diff = q.sub(q.rational(num, den), q.int(rounded))
          expect(q.compare(q.max(diff, q.neg(diff)), q.rational(1n, 2n))).toBeLessThanOrEqual(0)
          if (q.compare(diff, q.rational(1n, 2n)) === 0) expect(num < 0n).toBe(true)
        },
      ),
    )
    expect(q.roundHalfUp(q.rational(5n, 2n))).toBe(3n)
    expect(q.roundHalfUp(q.rational(-5n, 2n))).toBe(-3n)
  })
})
