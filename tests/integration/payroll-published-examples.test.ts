import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createPayRun } from '../../src/main/engine/payroll/pay-runs'
import { getPayslip } from '../../src/main/engine/payroll/payslips'
import * as q from '../../src/main/engine/payroll/rational'
import { calculatePayRun } from '../../src/main/engine/payroll/run-calculate'
import {
  applyBands,
  contribution,
  parseRules,
  versionOn,
} from '../../src/main/engine/payroll/rule-math'
import { UNITED_KINGDOM_PACK } from '../../src/main/engine/payroll/rule-packs/united-kingdom'
import { VIETNAM_PACK } from '../../src/main/engine/payroll/rule-packs/vietnam'
import type { ContributionRules } from '../../src/shared/domain/payroll'
import { quickTable } from '../helpers/payroll-quick-table'
import { vietnamPayroll } from './payroll-fixture'

const M = 1_000_000n

/**
 * Law on Personal Income Tax 109/2025/QH15 (passed 2025-12-10, in force 2026-07-01), its
 * five-bracket scale in the quick form the tax guides publish.
 */
const LAW_109: [bigint | null, bigint, bigint][] = [
  [10n * M, 5n, 0n],
  [30n * M, 10n, 500_000n],
  [60n * M, 20n, 3_500_000n],
  [100n * M, 30n, 9_500_000n],
  [null, 35n, 14_500_000n],
]

describe('Vietnam pack: Law 109/2025/QH15 from 2026-07-01', () => {
  it('matches the five-bracket quick table of Law 109/2025/QH15 (2025-12-10, in force 2026-07-01) in every bracket', () => {
    const rules = parseRules(versionOn(VIETNAM_PACK.versions, '2026-07-31')!)
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 3_000_000n }), (hundreds) => {
        const tn = hundreds * 100n
        expect(q.toMinor(applyBands(q.int(tn), rules.tax.brackets), 0)).toBe(
          quickTable(LAW_109, tn),
        )
      }),
    )
  })

  it('taxes a June 2026 run on seven brackets and a July 2026 run on five', async () => {
    const { ctx, hire } = await vietnamPayroll()
    hire('E1', '40000000', { dependants: 1 })
    const tax = (start: string, end: string, payDate: string) => {
      const run = createPayRun(ctx, {
        frequency: 'monthly',
        periodStart: start,
        periodEnd: end,
        payDate,
      })
      calculatePayRun(ctx, run.id)
      return getPayslip(ctx, run.id, 'E1').payslip
    }
    // Insurance 10.5% of 40,000,000 = 4,200,000 (under both caps); family deductions of
    // Resolution 110/2025/UBTVQH15: 15,500,000 + 6,200,000; taxable income 14,100,000.
    const june = tax('2026-06-01', '2026-06-30', '2026-07-05')
    expect(june.employeeContributions).toBe(4_200_000n)
    expect(june.incomeTax).toBe(1_365_000n) // Circular 111/2013 bracket 3: 15% - 750,000
    const july = tax('2026-07-01', '2026-07-31', '2026-08-05')
    expect(july.incomeTax).toBe(910_000n) // Law 109/2025 bracket 2: 10% - 500,000
  })

  it('caps unemployment insurance at 20 x the Region I minimum wage of Decree 293/2025/ND-CP (2026-01-01)', () => {
    const ui = (date: string) =>
      parseRules(versionOn(VIETNAM_PACK.versions, date)!).contributions.find(
        (rules) => rules.code === 'UI',
      )!
    // Decree 74/2024/ND-CP: 20 x 4,960,000 = 99,200,000; Decree 293/2025/ND-CP: 106,200,000.
    expect(contribution(ui('2025-12-31'), q.int(150_000_000), 'monthly', 0).employee).toBe(992_000n)
    expect(contribution(ui('2026-01-31'), q.int(150_000_000), 'monthly', 0).employee).toBe(
      1_062_000n,
    )
  })
})

/** The UK pack's Class 1 layout (nil to the PT, main rate to the UEL, additional above). */
function class1(pt: string, uel: string, main: string, additional: string): ContributionRules {
  const shipped = UNITED_KINGDOM_PACK.versions[0]!.contributions[0]!
  return {
    ...shipped,
    employee: [
      { upTo: pt, rate: '0' },
      { upTo: uel, rate: main },
      { upTo: null, rate: additional },
    ],
  }
}

const primary = (rules: ContributionRules, pay: string) =>
  contribution(
    parseRules({ ...UNITED_KINGDOM_PACK.versions[0]!, contributions: [rules] }).contributions[0]!,
    q.parseDecimal(pay)!,
    'monthly',
    2,
  ).employee

/** GOV.UK, HMRC internal manual "National Insurance Manual", pages NIM01117, NIM01222, NIM01223. */
describe('UK pack: HMRC National Insurance Manual worked examples', () => {
  it('NIM01117 (2003-04): Mr Adams, 3,000 a month, pays 245.55', () => {
    expect(primary(class1('385', '2579', '11', '1'), '3000')).toBe(24_555n)
  })

  it('NIM01222 (2012-13): Mr Braddock, 4,000 a month, pays 357.92', () => {
    expect(primary(class1('634', '3540', '12', '2'), '4000')).toBe(35_792n)
  })

  it('NIM01223 (2012-13): Mr Murdock pays 283.92 a month and 577.92 on a 15,000 March', () => {
    const rules = class1('634', '3540', '12', '2')
    expect(primary(rules, '3000')).toBe(28_392n)
    expect(primary(rules, '15000')).toBe(57_792n)
  })

  it('the shipped 2024-25 thresholds by the same method: 4,300 a month pays 253.50', () => {
    // (4,189 - 1,048) x 8% + (4,300 - 4,189) x 2% = 251.28 + 2.22, the NIM method on the
    // monthly PT and UEL of HMRC's "Rates and thresholds for employers 2024 to 2025".
    const rules = parseRules(versionOn(UNITED_KINGDOM_PACK.versions, '2024-05-31')!)
    expect(contribution(rules.contributions[0]!, q.int(4300), 'monthly', 2).employee).toBe(25_350n)
  })
})
