import { ACCOUNT_COLUMNS } from '../../../shared/domain/import-columns'
import { ACCOUNT_TYPES, type AccountType } from '../../../shared/domain/ledger'
import type { ImportResult } from '../../../shared/domain/imports'
import type { ImportProblem } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import type { AccountTable } from '../db/schema'
import { newId, nowIso } from '../ids'
import { toAccount } from '../ledger/accounts'
import { csvImport } from './csv-import'
import type { CsvInput } from './csv-text'
import { refused } from './import-result'
import { readCsv } from './read-csv'

const MAX_CODE = 40
const MAX_NAME = 200

interface AccountRow {
  line: number
  code: string
  name: string
  type: AccountType
  parent: string
}

/**
 * Imports a chart of accounts from CSV (code,name,type,parent). A parent is a code already in the
 * books or anywhere in the same file. All or nothing: every bad line is listed and, if there is
 * any, nothing is created; otherwise every account is created in one transaction.
 */
export function importAccounts(
  ctx: CompanyContext,
  input: CsvInput,
  options: { dryRun?: boolean } = {},
): ImportResult {
  return csvImport(ctx, input, options, (text, dryRun) => {
    const existing = new Map(
      ctx.q
        .all(ctx.db.selectFrom('account').select(['id', 'code', 'name']))
        .map((row) => [row.code, row]),
    )
    const problems: ImportProblem[] = []
    const accounts = new Map<string, AccountRow>()
    const csv = readCsv(text, ACCOUNT_COLUMNS, (fields, line) => {
      const row = readAccountRow(fields, line, problems)
      if (!row) return
      const earlier = accounts.get(row.code)
      if (earlier)
        problems.push({
          line,
          field: 'code',
          message: `Code ${row.code} is also on line ${earlier.line}`,
        })
      else if (existing.has(row.code))
        problems.push({
          line,
          field: 'code',
          message: `Account code ${row.code} is already used by ${existing.get(row.code)!.name}`,
        })
      else accounts.set(row.code, row)
    })
    problems.push(...csv.problems, ...parentProblems(accounts, existing))
    if (problems.length > 0) return refused(dryRun, csv.rows, problems)
    if (!dryRun) insertAccounts(ctx, accounts, existing)
    return { dryRun, rows: csv.rows, created: accounts.size, problems: [] }
  })
}

function readAccountRow(
  fields: string[],
  line: number,
  problems: ImportProblem[],
): AccountRow | null {
  const [code, name, typeText, parent] = fields.map((field) => field.trim()) as [
    string,
    string,
    string,
    string,
  ]
  const type = typeText.toLowerCase() as AccountType
  if (!code) problems.push({ line, field: 'code', message: 'The account code is required' })
  else if (code.length > MAX_CODE)
    problems.push({ line, field: 'code', message: `Longer than ${MAX_CODE} characters` })
  if (!name) problems.push({ line, field: 'name', message: 'The account name is required' })
  else if (name.length > MAX_NAME)
    problems.push({ line, field: 'name', message: `Longer than ${MAX_NAME} characters` })
  if (!ACCOUNT_TYPES.includes(type))
    problems.push({
      line,
      field: 'type',
      message: `${typeText || '(empty)'} is not an account type: use one of ${ACCOUNT_TYPES.join(', ')}`,
    })
  if (parent && parent === code)
    problems.push({ line, field: 'parent', message: 'An account cannot be its own parent' })
  // A row with a code stays in play even when bad, so other rows may name it as their parent.
  return code ? { line, code, name, type, parent } : null
}

/** Parents must exist in the books or the file, and a chain of parents must not loop. */
function parentProblems(
  accounts: Map<string, AccountRow>,
  existing: Map<string, unknown>,
): ImportProblem[] {
  const problems: ImportProblem[] = []
  for (const row of accounts.values()) {
    if (!row.parent || row.parent === row.code) continue
    if (!accounts.has(row.parent) && !existing.has(row.parent)) {
      problems.push({
        line: row.line,
        field: 'parent',
        message: `No account has the code ${row.parent}, in the books or in this file`,
      })
      continue
    }
    const chain = [row.code]
    for (let at = accounts.get(row.parent); at; at = accounts.get(at.parent)) {
      chain.push(at.code)
      if (at.code === row.code) {
        problems.push({
          line: row.line,
          field: 'parent',
          message: `The parents loop: ${chain.join(' → ')}`,
        })
        break
      }
      if (chain.length > accounts.size + 1) break
    }
  }
  return problems
}

/** Creates the accounts parents first (the parent must exist before its children refer to it). */
function insertAccounts(
  ctx: CompanyContext,
  accounts: Map<string, AccountRow>,
  existing: Map<string, { id: string }>,
): void {
  const ids = new Map<string, string>()
  const now = nowIso()
  const insert = (row: AccountRow): string => {
    const done = ids.get(row.code)
    if (done) return done
    const parent = accounts.get(row.parent)
    const parentId = parent ? insert(parent) : (existing.get(row.parent)?.id ?? null)
    const account: AccountTable = {
      id: newId(),
      code: row.code,
      name: row.name,
      type: row.type,
      parent_id: parentId,
      archived: 0n,
      created_at: now,
      updated_at: now,
    }
    ctx.q.run(ctx.db.insertInto('account').values(account))
    ctx.changes.append('account', account.id, 'create', toAccount(account))
    ids.set(row.code, account.id)
    return account.id
  }
  for (const row of accounts.values()) insert(row)
}
