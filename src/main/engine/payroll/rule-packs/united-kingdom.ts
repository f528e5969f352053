import type { RulePack, RulePackVersion } from '../../../../shared/domain/payroll'

/**
 * United Kingdom (England and Northern Ireland rates): PAYE income tax on a non-cumulative
 * ("month 1") basis, annualised, and Class 1 National Insurance. The personal allowance taper
 * above 100,000 a year, tax codes other than 1257L, Scottish and Welsh rates and student loans are
 * not modelled: add them by editing the pack. The National Insurance method (nil to the primary
 * threshold, the main rate to the upper earnings limit, the additional rate above) reproduces
 * HMRC's National Insurance Manual worked examples NIM01117 (2003-04), NIM01222 and NIM01223
 * (2012-13) to the penny; tests/integration/payroll-published-examples.test.ts checks them.
 */
const BANDS = [
  { upTo: '37700', rate: '20' },
  { upTo: '125140', rate: '40' },
  { upTo: null, rate: '45' },
]

function version(
  effectiveFrom: string,
  source: string,
  employerRate: string,
  secondaryThresholdMonthly: string,
): RulePackVersion {
  return {
    effectiveFrom,
    source,
    incomeTax: {
      basis: 'annualised',
      statedFor: 'year',
      personalAllowance: '12570',
      dependantAllowance: '0',
      brackets: BANDS,
      deductEmployeeContributions: false,
    },
    contributions: [
      {
        code: 'NI',
        name: 'National Insurance (Class 1, category A)',
        statedFor: 'month',
        employee: [
          { upTo: '1048', rate: '0' },
          { upTo: '4189', rate: '8' },
          { upTo: null, rate: '2' },
        ],
        employer: [
          { upTo: secondaryThresholdMonthly, rate: '0' },
          { upTo: null, rate: employerRate },
        ],
      },
    ],
  }
}

export const UNITED_KINGDOM_PACK: RulePack = {
  code: 'UK',
  name: 'United Kingdom: PAYE (tax code 1257L, month 1 basis) and Class 1 National Insurance',
  currency: 'GBP',
  builtIn: true,
  versions: [
    version(
      '2024-04-06',
      'HMRC, "Rates and thresholds for employers 2024 to 2025" (GOV.UK): personal allowance ' +
        '12,570; basic rate 20% to 37,700, higher 40% to 125,140, additional 45%; NI primary ' +
        'threshold 1,048 and upper earnings limit 4,189 a month, employee 8% and 2%; secondary ' +
        'threshold 758 a month, employer 13.8%. In force from 2024-04-06.',
      '13.8',
      '758',
    ),
    version(
      '2025-04-06',
      'HMRC, "Rates and thresholds for employers 2025 to 2026" (GOV.UK): income tax bands and ' +
        'employee NI unchanged; employer NI 15% above a secondary threshold of 417 a month ' +
        '(5,000 a year). In force from 2025-04-06.',
      '15',
      '417',
    ),
  ],
}
