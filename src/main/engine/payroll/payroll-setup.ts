import type { AccountType } from '../../../shared/domain/ledger'
import { DaftarError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import type { PayrollSettingsTable } from '../db/payroll-schema'
import { createAccount, findAccountByCode } from '../ledger/accounts'
import { nowIso } from '../ids'
import { BUILT_IN_PACKS } from './rule-packs/built-in'

/**
 * The accounts payroll posts to, by code. The standard chart has the first four; the others are
 * added through the chart-of-accounts service the first time payroll is set up.
 */
const ACCOUNTS: Record<
  Exclude<keyof PayrollSettingsTable, 'id' | 'rule_pack_code' | 'work_week'>,
  { code: string; name: string; type: AccountType; parent: string }
> = {
  bank_account_id: { code: '1120', name: 'Bank account', type: 'asset', parent: '1100' },
  payable_account_id: { code: '2300', name: 'Wages payable', type: 'liability', parent: '2000' },
  tax_account_id: { code: '2200', name: 'Tax payable', type: 'liability', parent: '2000' },
  insurance_account_id: {
    code: '2310',
    name: 'Social insurance payable',
    type: 'liability',
    parent: '2000',
  },
  employer_expense_account_id: {
    code: '6210',
    name: 'Employer social insurance',
    type: 'expense',
    parent: '6000',
  },
  loan_account_id: {
    code: '1410',
    name: 'Employee loans and advances',
    type: 'asset',
    parent: '1000',
  },
}

export const WAGES_ACCOUNT = {
  code: '6200',
  name: 'Wages and salaries',
  type: 'expense',
  parent: '6000',
} as const

/** The payroll settings, setting payroll up with `rulePackCode` (default GENERIC) if it is not yet. */
export function payrollSettings(ctx: CompanyContext, rulePackCode?: string): PayrollSettingsTable {
  const row = ctx.q.first(ctx.db.selectFrom('payroll_settings').selectAll())
  if (row) return row
  return setUpPayroll(ctx, rulePackCode ?? defaultPack(ctx))
}

function defaultPack(ctx: CompanyContext): string {
  const currency = ctx.settings().currency
  return BUILT_IN_PACKS.find((pack) => pack.currency === currency)?.code ?? 'GENERIC'
}

/** First use: the built-in rule packs, the accounts payroll needs, and the settings row. */
export function setUpPayroll(ctx: CompanyContext, rulePackCode: string): PayrollSettingsTable {
  return ctx.transaction(() => {
    for (const pack of BUILT_IN_PACKS) {
      const exists = ctx.q.first(
        ctx.db.selectFrom('payroll_rule_pack').select('code').where('code', '=', pack.code),
      )
      if (exists) continue
      ctx.q.run(
        ctx.db.insertInto('payroll_rule_pack').values({
          code: pack.code,
          name: pack.name,
          currency: pack.currency,
          built_in: 1n,
          versions: JSON.stringify(pack.versions),
          updated_at: nowIso(),
        }),
      )
      ctx.changes.append('payroll_rule_pack', pack.code, 'create', pack)
    }
    if (
      !ctx.q.first(
        ctx.db.selectFrom('payroll_rule_pack').select('code').where('code', '=', rulePackCode),
      )
    )
      throw new DaftarError('not-found', `There is no rule pack ${rulePackCode}`, {
        field: 'rulePackCode',
      })
    const ids = Object.fromEntries(
      Object.entries(ACCOUNTS).map(([key, account]) => [key, ensureAccount(ctx, account)]),
    ) as Record<keyof typeof ACCOUNTS, string>
    const row: PayrollSettingsTable = {
      id: 1n,
      rule_pack_code: rulePackCode,
      work_week: '1111100',
      ...ids,
    }
    ctx.q.run(ctx.db.insertInto('payroll_settings').values(row))
    ctx.changes.append('payroll_settings', '1', 'create', row)
    return row
  })
}

/** The account with `code`, created (under its heading when the chart has one) if missing. */
export function ensureAccount(
  ctx: CompanyContext,
  account: { code: string; name: string; type: AccountType; parent: string },
): string {
  const found = findAccountByCode(ctx, account.code)
  if (found) {
    if (found.archived)
      throw new DaftarError(
        'account-archived',
        `Payroll posts to account ${account.code}, which is archived`,
        { field: 'account' },
      )
    return found.id
  }
  const parentId = findAccountByCode(ctx, account.parent)?.id ?? null
  return createAccount(ctx, {
    code: account.code,
    name: account.name,
    type: account.type,
    parentId,
  }).id
}

/** Changes which rule pack the company's pay runs use from now on. */
export function setRulePack(ctx: CompanyContext, code: string): PayrollSettingsTable {
  return ctx.transaction(() => {
    payrollSettings(ctx, code)
    const pack = ctx.q.first(
      ctx.db.selectFrom('payroll_rule_pack').select('code').where('code', '=', code),
    )
    if (!pack)
      throw new DaftarError('not-found', `There is no rule pack ${code}`, { field: 'rulePackCode' })
    ctx.q.run(ctx.db.updateTable('payroll_settings').set({ rule_pack_code: code }))
    ctx.changes.append('payroll_settings', '1', 'update', { rulePackCode: code })
    return payrollSettings(ctx)
  })
}
