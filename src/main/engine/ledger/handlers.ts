import type { HandlerMap } from '../rpc/handler'
import {
  createAccount,
  deleteAccount,
  listAccounts,
  setAccountArchived,
  updateAccount,
} from './accounts'
import { deleteDraft, getEntry, postEntry, reverseEntry, saveDraft } from './journal'
import { listEntries } from './journal-list'

export const ledgerHandlers: HandlerMap<
  | 'accounts.list'
  | 'accounts.create'
  | 'accounts.update'
  | 'accounts.setArchived'
  | 'accounts.delete'
  | 'journal.list'
  | 'journal.get'
  | 'journal.saveDraft'
  | 'journal.post'
  | 'journal.reverse'
  | 'journal.deleteDraft'
> = {
  'accounts.list': (session) => listAccounts(session.requireCompany()),
  'accounts.create': (session, input) => createAccount(session.requireCompany(), input),
  'accounts.update': (session, { id, ...input }) =>
    updateAccount(session.requireCompany(), id, input),
  'accounts.setArchived': (session, { id, archived }) =>
    setAccountArchived(session.requireCompany(), id, archived),
  'accounts.delete': (session, { id }) => {
    deleteAccount(session.requireCompany(), id)
    return { ok: true }
  },
  'journal.list': (session, query) => listEntries(session.requireCompany(), query),
  'journal.get': (session, { id }) => getEntry(session.requireCompany(), id),
  'journal.saveDraft': (session, { draftId, ...entry }) =>
    saveDraft(session.requireCompany(), entry, draftId),
  'journal.post': (session, { draftId, ...entry }) =>
    postEntry(session.requireCompany(), entry, draftId),
  'journal.reverse': (session, { id, date }) => reverseEntry(session.requireCompany(), id, date),
  'journal.deleteDraft': (session, { id }) => {
    deleteDraft(session.requireCompany(), id)
    return { ok: true }
  },
}
