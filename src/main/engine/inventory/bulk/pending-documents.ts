import type { StockDocumentType } from '../../../../shared/domain/inventory'
import type { CompanyContext } from '../../company/company-context'
import { nowIso } from '../../ids'
import { writePostedEntriesInBulk } from '../../ledger/bulk-posting'
import { reserveNumbers } from '../../ledger/numbering'
import type { ValidEntry } from '../../ledger/posting'
import { headerValues, type headerRow } from '../documents'
import { SERIES } from '../post'
import { stockAccountId, type StockAccount } from '../stock-accounts'
import { documentAmounts, stockJournalEntry } from '../stock-journals'

type Header = ReturnType<typeof headerRow>

const INSERT_POSTED = `INSERT INTO stock_document (id, type, date, warehouse_id, to_warehouse_id,
  contact_id, source_document_id, reason, memo, status, number, journal_entry_id, created_at,
  updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'posted', ?, ?, ?, ?)`

/**
 * The batch's documents whose lines and moves are written, waiting for their numbers, journals
 * and header rows. The flush numbers them per series in order, writes their journals together
 * through the ledger's bulk path (balances added once per account and day), then the documents,
 * posted, and their 'post' changes: the rows and numbers posting one by one leaves.
 * (Their lines and moves went in first, under deferred foreign keys, so no row is updated later.)
 */
export class PendingDocuments {
  private readonly accounts = new Map<StockAccount, string>()
  private documents: { id: string; header: Header; values: bigint[] }[] = []

  constructor(private readonly ctx: CompanyContext) {
    ctx.sqlite.pragma('defer_foreign_keys = ON')
  }

  add(id: string, header: Header, values: bigint[]): void {
    this.documents.push({ id, header, values })
  }

  flush(): void {
    const numbers = this.numbers()
    const entries: ValidEntry[] = []
    const entryOf = this.documents.map(({ header, values }, index) => {
      const entry = stockJournalEntry(
        {
          date: header.date,
          reference: numbers[index]!,
          memo: header.memo || header.reason,
          amounts: documentAmounts(header.type, values),
        },
        (account) => this.account(account),
      )
      return entry ? entries.push(entry) - 1 : null
    })
    const refs = entries.length > 0 ? writePostedEntriesInBulk(this.ctx, entries) : []
    const insert = this.ctx.q.prepare(INSERT_POSTED)
    const now = nowIso()
    this.documents.forEach(({ id, header }, index) => {
      const number = numbers[index]!
      const entry = entryOf[index]!
      const journalEntryId = entry === null ? null : refs[entry]!.id
      insert.run(id, ...headerValues(header), number, journalEntryId, now, now)
      this.ctx.changes.append('stock_document', id, 'post', { number, journalEntryId })
    })
    this.documents = []
  }

  /** Each pending document's number, reserved a series at a time, in the batch's order. */
  private numbers(): string[] {
    const bySeries = new Map<StockDocumentType, number[]>()
    this.documents.forEach(({ header }, index) => {
      const indexes = bySeries.get(header.type)
      if (indexes) indexes.push(index)
      else bySeries.set(header.type, [index])
    })
    const numbers: string[] = new Array(this.documents.length)
    for (const [type, indexes] of bySeries) {
      const reserved = reserveNumbers(this.ctx, SERIES[type], indexes.length)
      indexes.forEach((index, i) => (numbers[index] = reserved[i]!))
    }
    return numbers
  }

  private account(which: StockAccount): string {
    let id = this.accounts.get(which)
    if (!id) this.accounts.set(which, (id = stockAccountId(this.ctx, which)))
    return id
  }
}
