import type { CompanyContext } from '../../company/company-context'
import { nowIso } from '../../ids'
import { writePostedEntriesInBulk } from '../../ledger/bulk-posting'
import type { ValidEntry } from '../../ledger/posting'
import { stockAccountId, type StockAccount } from '../stock-accounts'
import { stockJournalEntry, type StockJournal } from '../stock-journals'

const MARK_POSTED = `UPDATE stock_document SET status = 'posted', number = ?, journal_entry_id = ?,
  updated_at = ? WHERE id = ?`

/**
 * The batch's documents waiting for their journals: the entries are written together through the
 * ledger's bulk path (balances added once per account and day), then each document is marked posted with its
 * number and entry and gets its 'post' change, as posting one by one records.
 */
export class PendingJournals {
  private readonly accounts = new Map<StockAccount, string>()
  private entries: ValidEntry[] = []
  private documents: { id: string; number: string; entry: number | null }[] = []

  constructor(private readonly ctx: CompanyContext) {}

  add(documentId: string, journal: StockJournal): void {
    const entry = stockJournalEntry(journal, (account) => this.account(account))
    if (entry) this.entries.push(entry)
    this.documents.push({
      id: documentId,
      number: journal.reference,
      entry: entry ? this.entries.length - 1 : null,
    })
  }

  flush(): void {
    const refs = this.entries.length > 0 ? writePostedEntriesInBulk(this.ctx, this.entries) : []
    const markPosted = this.ctx.q.prepare(MARK_POSTED)
    const now = nowIso()
    for (const { id, number, entry } of this.documents) {
      const journalEntryId = entry === null ? null : refs[entry]!.id
      markPosted.run(number, journalEntryId, now, id)
      this.ctx.changes.append('stock_document', id, 'post', { number, journalEntryId })
    }
    this.entries = []
    this.documents = []
  }

  private account(which: StockAccount): string {
    let id = this.accounts.get(which)
    if (!id) this.accounts.set(which, (id = stockAccountId(this.ctx, which)))
    return id
  }
}
