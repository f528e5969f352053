import { sql } from 'kysely'
import type { JournalListPage, JournalListQuery } from '../../../shared/domain/ledger'
import type { CompanyContext } from '../company/company-context'

/** One page of journal entries, newest first, with the filters the journal list offers. */
export function listEntries(ctx: CompanyContext, query: JournalListQuery): JournalListPage {
  let base = ctx.db.selectFrom('journal_entry as e')
  if (query.from) base = base.where('e.date', '>=', query.from)
  if (query.to) base = base.where('e.date', '<=', query.to)
  if (query.status) base = base.where('e.status', '=', query.status)
  if (query.accountId) {
    const accountId = query.accountId
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('journal_line as l')
          .select('l.entry_id')
          .whereRef('l.entry_id', '=', 'e.id')
          .where('l.account_id', '=', accountId),
      ),
    )
  }
  const search = query.search?.trim()
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    base = base.where((eb) =>
      eb.or([
        eb('e.number', 'like', sql<string>`${pattern} ESCAPE '\\'`),
        eb('e.reference', 'like', sql<string>`${pattern} ESCAPE '\\'`),
        eb('e.memo', 'like', sql<string>`${pattern} ESCAPE '\\'`),
      ]),
    )
  }
  const total = ctx.q.first(base.select((eb) => eb.fn.countAll<bigint>().as('n')))?.n ?? 0n
  // A page after a key reads on from it by the (date, id) index; one before it, and the last page,
  // read the other way and turn round, so a page at the end costs what the first one does.
  const { after, before, last } = query
  const backward = !after && (before !== undefined || last === true)
  const key = after ?? before
  if (key)
    base = base.where(
      sql<boolean>`(e.date, e.id) ${sql.raw(after ? '<' : '>')} (${key.date}, ${key.id})`,
    )
  const order = backward ? 'asc' : 'desc'
  const rows = ctx.q.all(
    base
      .select([
        'e.id',
        'e.number',
        'e.date',
        'e.reference',
        'e.memo',
        'e.status',
        'e.source',
        (eb) =>
          eb
            .selectFrom('journal_line as l')
            .select((inner) =>
              inner.fn.coalesce(inner.fn.sum<bigint>('l.debit'), sql<bigint>`0`).as('s'),
            )
            .whereRef('l.entry_id', '=', 'e.id')
            .as('amount'),
      ])
      .orderBy('e.date', order)
      .orderBy('e.id', order)
      .limit(query.limit)
      .offset(key || backward ? 0 : query.offset),
  )
  if (backward) rows.reverse()
  return {
    total: Number(total),
    rows: rows.map((row) => ({ ...row, amount: row.amount ?? 0n })),
  }
}
