import type { HandlerMap } from '../rpc/handler'
import { importAccounts } from './import-accounts'
import { importJournal } from './import-journal'

export const importHandlers: HandlerMap<'import.accounts' | 'import.journal'> = {
  'import.accounts': (session, { csv, dryRun }) =>
    importAccounts(session.requireCompany(), csv, { dryRun }),
  'import.journal': (session, { csv, dryRun }) =>
    importJournal(session.requireCompany(), csv, { dryRun }),
}
