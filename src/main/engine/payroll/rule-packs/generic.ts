import type { RulePack } from '../../../../shared/domain/payroll'

/**
 * A plain progressive pack to start from in any country: an annual allowance, four annual
 * brackets and one social contribution with a monthly cap. Illustrative figures, from no law:
 * edit them to your country's before the first real pay run.
 */
export const GENERIC_PACK: RulePack = {
  code: 'GENERIC',
  name: 'Generic progressive (edit before use)',
  currency: '',
  builtIn: true,
  versions: [
    {
      effectiveFrom: '2000-01-01',
      source: 'Illustrative figures, not taken from any law. Replace them with your own.',
      incomeTax: {
        basis: 'annualised',
        statedFor: 'year',
        personalAllowance: '10000',
        dependantAllowance: '2000',
        brackets: [
          { upTo: '20000', rate: '10' },
          { upTo: '50000', rate: '20' },
          { upTo: '100000', rate: '30' },
          { upTo: null, rate: '40' },
        ],
        deductEmployeeContributions: true,
      },
      contributions: [
        {
          code: 'SOCIAL',
          name: 'Social contribution',
          statedFor: 'month',
          employee: [
            { upTo: '10000', rate: '5' },
            { upTo: null, rate: '0' },
          ],
          employer: [
            { upTo: '10000', rate: '10' },
            { upTo: null, rate: '0' },
          ],
        },
      ],
    },
  ],
}
