import type {
  ContributionRules,
  RulePack,
  RulePackVersion,
} from '../../../../shared/domain/payroll'

/**
 * Vietnam: personal income tax on employment income (resident, monthly, progressive) and the
 * compulsory social, health and unemployment insurance. Figures from the official texts named in
 * each version's `source`. The caps are for enterprises in Region I (the unemployment insurance
 * cap depends on the region's minimum wage): edit the pack for another region. Tests reproduce
 * the quick-calculation tables (Circular 111/2013/TT-BTC of 2013-08-15, appendix 01/PL-TNCN; the
 * five-bracket table of Law 109/2025/QH15) in every bracket.
 */
const PIT_SOURCE =
  'Law on Personal Income Tax 04/2007/QH12 art. 22 as amended by Law 26/2012/QH13 (7 monthly ' +
  'brackets 5%..35%); Circular 111/2013/TT-BTC appendix 01/PL-TNCN (worked quick-calculation table); '
const INSURANCE_SOURCE =
  'Law on Social Insurance 58/2014/QH13 art. 85-86 and Decree 58/2020/ND-CP (SI employee 8%, ' +
  'employer 17.5%); Law on Health Insurance 25/2008/QH12 as amended (HI 4.5%: employee 1.5%, ' +
  'employer 3%); Law on Employment 38/2013/QH13 art. 57-58 (UI 1% + 1%, cap 20x the regional ' +
  'minimum wage); SI and HI capped at 20x the base salary. '

const SEVEN_BRACKETS = [
  { upTo: '5000000', rate: '5' },
  { upTo: '10000000', rate: '10' },
  { upTo: '18000000', rate: '15' },
  { upTo: '32000000', rate: '20' },
  { upTo: '52000000', rate: '25' },
  { upTo: '80000000', rate: '30' },
  { upTo: null, rate: '35' },
]

/** Law on Personal Income Tax 109/2025/QH15: five monthly brackets. */
const FIVE_BRACKETS = [
  { upTo: '10000000', rate: '5' },
  { upTo: '30000000', rate: '10' },
  { upTo: '60000000', rate: '20' },
  { upTo: '100000000', rate: '30' },
  { upTo: null, rate: '35' },
]

function capped(code: string, name: string, employee: string, employer: string, cap: number) {
  const top = String(cap)
  return {
    code,
    name,
    statedFor: 'month',
    employee: [
      { upTo: top, rate: employee },
      { upTo: null, rate: '0' },
    ],
    employer: [
      { upTo: top, rate: employer },
      { upTo: null, rate: '0' },
    ],
  } satisfies ContributionRules
}

function version(
  effectiveFrom: string,
  source: string,
  allowances: { personal: string; dependant: string },
  baseSalary: number,
  regionOneMinimumWage: number,
  brackets = SEVEN_BRACKETS,
): RulePackVersion {
  return {
    effectiveFrom,
    source: (brackets === SEVEN_BRACKETS ? PIT_SOURCE : '') + INSURANCE_SOURCE + source,
    incomeTax: {
      basis: 'per-period',
      statedFor: 'month',
      personalAllowance: allowances.personal,
      dependantAllowance: allowances.dependant,
      brackets,
      deductEmployeeContributions: true,
    },
    contributions: [
      capped('SI', 'Social insurance', '8', '17.5', 20 * baseSalary),
      capped('HI', 'Health insurance', '1.5', '3', 20 * baseSalary),
      capped('UI', 'Unemployment insurance', '1', '1', 20 * regionOneMinimumWage),
    ],
  }
}

const FAMILY_2020 = { personal: '11000000', dependant: '4400000' }
const FAMILY_2026 = { personal: '15500000', dependant: '6200000' }

export const VIETNAM_PACK: RulePack = {
  code: 'VN',
  name: 'Vietnam: personal income tax and compulsory insurance (Region I)',
  currency: 'VND',
  builtIn: true,
  versions: [
    version(
      '2020-07-01',
      'Resolution 954/2020/UBTVQH14: family deductions 11,000,000 and 4,400,000 VND a month from ' +
        '2020-07-01. Base salary 1,490,000 (Decree 38/2019/ND-CP); Region I minimum wage ' +
        '4,420,000 (Decree 90/2019/ND-CP).',
      FAMILY_2020,
      1_490_000,
      4_420_000,
    ),
    version(
      '2022-07-01',
      'Region I minimum wage 4,680,000 from 2022-07-01 (Decree 38/2022/ND-CP).',
      FAMILY_2020,
      1_490_000,
      4_680_000,
    ),
    version(
      '2023-07-01',
      'Base salary 1,800,000 from 2023-07-01 (Decree 24/2023/ND-CP).',
      FAMILY_2020,
      1_800_000,
      4_680_000,
    ),
    version(
      '2024-07-01',
      'Base salary 2,340,000 from 2024-07-01 (Decree 73/2024/ND-CP); Region I minimum wage ' +
        '4,960,000 from 2024-07-01 (Decree 74/2024/ND-CP). From 2025-07-01 the Law on Social ' +
        'Insurance 41/2024/QH15 keeps the cap at 20x the reference level, equal to the base salary.',
      FAMILY_2020,
      2_340_000,
      4_960_000,
    ),
    version(
      '2026-01-01',
      'Resolution 110/2025/UBTVQH15 (2025-10-17): family deductions 15,500,000 and 6,200,000 VND ' +
        'a month from the 2026 tax period. Region I minimum wage 5,310,000 from 2026-01-01 ' +
        '(Decree 293/2025/ND-CP).',
      FAMILY_2026,
      2_340_000,
      5_310_000,
    ),
    version(
      '2026-07-01',
      'Law on Personal Income Tax 109/2025/QH15 (passed 2025-12-10, in force 2026-07-01): five ' +
        'monthly brackets, 5% to 10,000,000, 10% to 30,000,000, 20% to 60,000,000, 30% to ' +
        '100,000,000, 35% above (quick table: 10% - 500,000; 20% - 3,500,000; 30% - 9,500,000; ' +
        '35% - 14,500,000). Family deductions as Resolution 110/2025/UBTVQH15. Note: the brackets ' +
        'and deductions were checked against secondary summaries of the law, not the official ' +
        'gazette text; several of them read the law as applying the five brackets to salary ' +
        'income from the whole 2026 tax period (settled at year end): move this version to ' +
        '2026-01-01 if your tax office withholds so.',
      FAMILY_2026,
      2_340_000,
      5_310_000,
      FIVE_BRACKETS,
    ),
  ],
}
