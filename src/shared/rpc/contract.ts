import { z } from 'zod'
import { id, isoDate, money } from './fields'
import type { RecentCompany, SessionState, CompanySettings } from '../domain/company'
import type { Account, JournalEntry, JournalListPage, PostedRef } from '../domain/ledger'
import type { BalanceSheet, GeneralLedger, ProfitAndLoss, TrialBalance } from '../domain/reports'
import type { ImportResult } from '../domain/imports'
import { salesContract } from './sales-contract'
import { salesFlowContract } from './contracts/sales-flow'
import { salesReportsContract } from './contracts/sales-reports'
import { payrollProcedures } from './contracts/payroll'
import { payrollPrintProcedures } from './contracts/payroll-print'
import { salesImportsContract } from './contracts/sales-imports'
import { purchasingContract } from './contracts/purchasing'
import { inventoryContract } from './contracts/inventory'
import { inventoryItemsContract } from './contracts/inventory-items'
import { priceListsContract } from './contracts/price-lists'
import { inventoryReportsContract } from './contracts/inventory-reports'
import { inventoryImportsContract } from './contracts/inventory-imports'
import { dashboardContract } from './contracts/dashboard'

/**
 * The one RPC contract every host exposes and the renderer calls: procedure name -> input schema,
 * output type, and the permission it needs. Inputs are validated at the boundary with these
 * schemas; a renamed procedure breaks the build, not the user.
 */
const accountType = z.enum(['asset', 'liability', 'equity', 'income', 'expense'])

const entryInput = z.object({
  date: isoDate,
  reference: z.string().max(200).optional(),
  memo: z.string().max(2000).optional(),
  lines: z
    .array(
      z.object({
        accountId: z.string(),
        debit: money,
        credit: money,
        memo: z.string().max(500).optional(),
      }),
    )
    .max(10_000),
})

const accountInput = z.object({
  code: z.string().max(40),
  name: z.string().max(200),
  type: accountType,
  parentId: z.string().nullable().optional(),
})

export type Permission = 'read' | 'write' | 'admin'

interface Procedure<I extends z.ZodType, O> {
  input: I
  permission: Permission
  /** Phantom: carries the output type for the client. Never read at run time. */
  output?: O
}

function procedure<O>() {
  return <I extends z.ZodType>(input: I, permission: Permission): Procedure<I, O> => ({
    input,
    permission,
  })
}

const none = z.object({}).optional()
/** Keys a long list is read from by the index (keyset paging), not by offset. */
const journalListKey = z.object({ date: isoDate, id })
const ledgerLineKey = z.object({
  date: isoDate,
  number: z.string(),
  lineNo: z.number().int().nonnegative(),
})

export const contract = {
  // The session: which company is open.
  'session.state': procedure<SessionState>()(none, 'read'),
  'company.create': procedure<SessionState>()(
    z.object({
      path: z.string().optional(),
      name: z.string().min(1).max(200),
      currency: z.string().length(3),
      fiscalYearStart: z
        .string()
        .regex(/^\d{2}-\d{2}$/)
        .optional(),
      locale: z.string().optional(),
      chart: z.enum(['standard', 'none']).optional(),
      demo: z.boolean().optional(),
    }),
    'admin',
  ),
  'company.open': procedure<SessionState>()(z.object({ path: z.string().min(1) }), 'read'),
  'company.close': procedure<SessionState>()(none, 'read'),
  'company.recent': procedure<RecentCompany[]>()(none, 'read'),
  'company.settings': procedure<CompanySettings>()(none, 'read'),
  'company.setLockDate': procedure<CompanySettings>()(
    z.object({ lockDate: isoDate.nullable() }),
    'admin',
  ),

  // Chart of accounts.
  'accounts.list': procedure<Account[]>()(none, 'read'),
  'accounts.create': procedure<Account>()(accountInput, 'write'),
  'accounts.update': procedure<Account>()(accountInput.extend({ id }), 'write'),
  'accounts.setArchived': procedure<Account>()(z.object({ id, archived: z.boolean() }), 'write'),
  'accounts.delete': procedure<{ ok: true }>()(z.object({ id }), 'write'),

  // Journal entries.
  'journal.list': procedure<JournalListPage>()(
    z.object({
      search: z.string().optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      status: z.enum(['draft', 'posted']).optional(),
      accountId: z.string().optional(),
      offset: z.number().int().nonnegative(),
      limit: z.number().int().positive().max(1000),
      after: journalListKey.optional(),
      before: journalListKey.optional(),
      last: z.boolean().optional(),
    }),
    'read',
  ),
  'journal.get': procedure<JournalEntry>()(z.object({ id }), 'read'),
  'journal.saveDraft': procedure<{ id: string }>()(
    entryInput.extend({ draftId: z.string().optional() }),
    'write',
  ),
  'journal.post': procedure<PostedRef>()(
    entryInput.extend({ draftId: z.string().optional() }),
    'write',
  ),
  'journal.reverse': procedure<PostedRef>()(z.object({ id, date: isoDate.optional() }), 'write'),
  'journal.deleteDraft': procedure<{ ok: true }>()(z.object({ id }), 'write'),

  // Reports.
  'reports.trialBalance': procedure<TrialBalance>()(z.object({ asOf: isoDate }), 'read'),
  'reports.generalLedger': procedure<GeneralLedger>()(
    z.object({
      from: isoDate,
      to: isoDate,
      accountId: z.string().optional(),
      offset: z.number().int().min(0).optional(),
      limit: z.number().int().min(0).max(5000).optional(),
      after: ledgerLineKey.nullable().optional(),
      before: ledgerLineKey.optional(),
      last: z.boolean().optional(),
    }),
    'read',
  ),
  'reports.profitAndLoss': procedure<ProfitAndLoss>()(
    z.object({
      from: isoDate,
      to: isoDate,
      compareFrom: isoDate.optional(),
      compareTo: isoDate.optional(),
    }),
    'read',
  ),
  'reports.balanceSheet': procedure<BalanceSheet>()(z.object({ asOf: isoDate }), 'read'),

  // Imports: CSV text in, every bad line out; all or nothing.
  'import.accounts': procedure<ImportResult>()(
    z.object({ csv: z.string(), dryRun: z.boolean().optional() }),
    'admin',
  ),
  'import.journal': procedure<ImportResult>()(
    z.object({ csv: z.string(), dryRun: z.boolean().optional() }),
    'admin',
  ),

  // Sales: contacts, products, tax codes, invoices, credit notes, payments, receivables.
  ...salesContract,
  ...salesFlowContract,
  ...salesReportsContract,
  ...salesImportsContract,
  ...payrollProcedures,
  ...payrollPrintProcedures,
  ...purchasingContract,
  ...inventoryContract,
  ...inventoryItemsContract,
  ...priceListsContract,
  ...inventoryReportsContract,
  ...inventoryImportsContract,
  ...dashboardContract,
} as const

export type Contract = typeof contract
export type ProcedureName = keyof Contract
export type Input<K extends ProcedureName> = z.input<Contract[K]['input']>
export type ParsedInput<K extends ProcedureName> = z.output<Contract[K]['input']>
export type Output<K extends ProcedureName> = NonNullable<Contract[K]['output']>

export function isProcedureName(name: string): name is ProcedureName {
  return Object.hasOwn(contract, name)
}
