import type { AccountType } from '../../../shared/domain/ledger'

export interface ChartTemplateAccount {
  code: string
  name: string
  type: AccountType
  parent?: string
}

export type ChartTemplate = 'standard' | 'none'

/** A chart of accounts for a small trading or service business. Headings group the postable accounts. */
export const STANDARD_CHART: ChartTemplateAccount[] = [
  { code: '1000', name: 'Assets', type: 'asset' },
  { code: '1100', name: 'Cash and bank', type: 'asset', parent: '1000' },
  { code: '1110', name: 'Cash on hand', type: 'asset', parent: '1100' },
  { code: '1120', name: 'Bank account', type: 'asset', parent: '1100' },
  { code: '1200', name: 'Accounts receivable', type: 'asset', parent: '1000' },
  { code: '1300', name: 'Inventory', type: 'asset', parent: '1000' },
  { code: '1400', name: 'Prepaid expenses', type: 'asset', parent: '1000' },
  { code: '1500', name: 'Equipment', type: 'asset', parent: '1000' },
  { code: '1510', name: 'Accumulated depreciation', type: 'asset', parent: '1000' },
  { code: '2000', name: 'Liabilities', type: 'liability' },
  { code: '2100', name: 'Accounts payable', type: 'liability', parent: '2000' },
  { code: '2150', name: 'Goods received not invoiced', type: 'liability', parent: '2000' },
  { code: '2200', name: 'Tax payable', type: 'liability', parent: '2000' },
  { code: '2300', name: 'Wages payable', type: 'liability', parent: '2000' },
  { code: '2400', name: 'Loans', type: 'liability', parent: '2000' },
  { code: '3000', name: 'Equity', type: 'equity' },
  { code: '3100', name: "Owner's capital", type: 'equity', parent: '3000' },
  { code: '3200', name: "Owner's drawings", type: 'equity', parent: '3000' },
  { code: '3300', name: 'Retained earnings', type: 'equity', parent: '3000' },
  { code: '3900', name: 'Opening balances', type: 'equity', parent: '3000' },
  { code: '4000', name: 'Income', type: 'income' },
  { code: '4100', name: 'Sales', type: 'income', parent: '4000' },
  { code: '4200', name: 'Service income', type: 'income', parent: '4000' },
  { code: '4900', name: 'Other income', type: 'income', parent: '4000' },
  { code: '5000', name: 'Cost of sales', type: 'expense' },
  { code: '5100', name: 'Cost of goods sold', type: 'expense', parent: '5000' },
  { code: '5200', name: 'Stock adjustments', type: 'expense', parent: '5000' },
  { code: '6000', name: 'Expenses', type: 'expense' },
  { code: '6100', name: 'Rent', type: 'expense', parent: '6000' },
  { code: '6200', name: 'Wages and salaries', type: 'expense', parent: '6000' },
  { code: '6300', name: 'Utilities', type: 'expense', parent: '6000' },
  { code: '6400', name: 'Office supplies', type: 'expense', parent: '6000' },
  { code: '6500', name: 'Marketing', type: 'expense', parent: '6000' },
  { code: '6600', name: 'Bank fees', type: 'expense', parent: '6000' },
  { code: '6700', name: 'Depreciation', type: 'expense', parent: '6000' },
  { code: '6900', name: 'Other expenses', type: 'expense', parent: '6000' },
]

export function chartTemplate(template: ChartTemplate): ChartTemplateAccount[] {
  return template === 'standard' ? STANDARD_CHART : []
}
