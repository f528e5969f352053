import type { CompanyContext } from '../company/company-context'
import { PAYABLES_CODE } from '../purchasing/purchasing-accounts'
import type { ProblemList } from './problem-list'
import { checkOpenItems } from './receivables-checks'

/**
 * The payables open items agree with the ledger, as the receivables do: each item's settled part
 * is the sum of its settlements; each supplier's open items equal what its bills, debit notes and
 * payments put on the payables control account (2100, credit balance owed); and the account
 * holds nothing else, so the payables ageing always equals its balance.
 */
export function checkPayables(ctx: CompanyContext, out: ProblemList): void {
  checkOpenItems(ctx, out, {
    side: 'payable',
    controlCode: PAYABLES_CODE,
    owed: 'l.credit - l.debit',
    owesOn: (name, amount) => `We owe ${name} ${amount} on the payables account`,
  })
}
