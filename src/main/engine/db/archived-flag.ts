import type { CompanyContext } from '../company/company-context'
import { nowIso } from '../ids'

/** The tables whose rows are archived rather than deleted once something refers to them. */
type Archivable = 'warehouse' | 'contact' | 'product' | 'customer_group'

/** Sets a row's archived flag and logs it (archive or unarchive), in one transaction. */
export function writeArchived(
  ctx: CompanyContext,
  table: Archivable,
  id: string,
  archived: boolean,
): void {
  ctx.transaction(() => {
    ctx.q.run(
      ctx.db
        .updateTable(table)
        .set({ archived: archived ? 1n : 0n, updated_at: nowIso() })
        .where('id', '=', id),
    )
    ctx.changes.append(table, id, archived ? 'archive' : 'unarchive', { id })
  })
}
