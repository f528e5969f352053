import type { AccountType } from '../../../shared/domain/ledger'
import type { CompanyContext } from '../company/company-context'

export interface ChartAccount {
  id: string
  code: string
  name: string
  type: AccountType
  parentId: string | null
  /** 0 for a top-level account. */
  depth: number
  /** Codes from the top-level ancestor down to this account: sorts the chart as a tree. */
  path: string[]
}

export type Chart = Map<string, ChartAccount>

/** The whole chart of accounts, each with its depth and place in the hierarchy. */
export function loadChart(ctx: CompanyContext): Chart {
  const rows = ctx.q.all(
    ctx.db.selectFrom('account').select(['id', 'code', 'name', 'type', 'parent_id']),
  )
  const byId = new Map(rows.map((row) => [row.id, row]))
  const chart: Chart = new Map()
  for (const row of rows) {
    const path = [row.code]
    const seen = new Set([row.id])
    let parentId = row.parent_id
    // `seen` guards against a cycle the chart's rules should already refuse.
    while (parentId && !seen.has(parentId)) {
      const parent = byId.get(parentId)
      if (!parent) break
      seen.add(parentId)
      path.unshift(parent.code)
      parentId = parent.parent_id
    }
    chart.set(row.id, {
      id: row.id,
      code: row.code,
      name: row.name,
      type: row.type,
      parentId: row.parent_id,
      depth: path.length - 1,
      path,
    })
  }
  return chart
}

/** Orders accounts as the chart's tree: each parent before its children, siblings by code. */
export function byTreeOrder(a: ChartAccount, b: ChartAccount): number {
  const length = Math.min(a.path.length, b.path.length)
  for (let i = 0; i < length; i++) {
    const left = a.path[i]!
    const right = b.path[i]!
    if (left !== right) return left < right ? -1 : 1
  }
  return a.path.length - b.path.length
}

export function byCode(a: { code: string }, b: { code: string }): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0
}
