import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createCompany, type NewCompany } from '../../src/main/engine/company/company-file'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { findAccountByCode } from '../../src/main/engine/ledger/accounts'

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'daftar-test-'))
}

export async function tempCompany(company: Partial<NewCompany> = {}): Promise<CompanyContext> {
  const file = path.join(tempDir(), 'test.daftar')
  return createCompany(
    file,
    { name: 'Test Shop', currency: 'USD', ...company },
    { userName: 'tester' },
  )
}

export function accountId(ctx: CompanyContext, code: string): string {
  const account = findAccountByCode(ctx, code)
  if (!account) throw new Error(`No account ${code}`)
  return account.id
}
