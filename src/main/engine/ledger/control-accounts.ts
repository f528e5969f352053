import type { EntryInput } from '../../../shared/domain/ledger'
import { validationError } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { chartOfAccounts } from './accounts'

/**
 * Control accounts hold only what their documents put there, so each equals its sub-ledger:
 * receivables the customers' open items, payables the suppliers', inventory the stock valuation.
 * Neither a hand-made journal nor a purchase line may post to one.
 */
export const CONTROL_ACCOUNTS: Record<string, string> = {
  '1200': 'invoices, credit notes and customer payments keep it',
  '2100': 'bills, debit notes and supplier payments keep it',
  '1300': 'stock documents keep it, valued by the stock ledger',
}

/** The control account's code when `accountId` is one, else undefined. */
export function controlAccountCode(ctx: CompanyContext, accountId: string): string | undefined {
  const account = chartOfAccounts(ctx).byId.get(accountId)
  return account && Object.hasOwn(CONTROL_ACCOUNTS, account.code) ? account.code : undefined
}

export function controlAccountMessage(code: string): string {
  return `Account ${code} is a control account: ${CONTROL_ACCOUNTS[code]}`
}

/** Refuses a manual journal with a line on a control account, naming the account and line. */
export function refuseControlLines(ctx: CompanyContext, entry: EntryInput): void {
  entry.lines.forEach((line, index) => {
    const code = controlAccountCode(ctx, line.accountId)
    if (code)
      throw validationError(
        `lines.${index}.account`,
        `Line ${index + 1}: ${controlAccountMessage(code)}; a journal entry may not post to it`,
        { line: index + 1, code },
      )
  })
}
