import { sql, type Kysely } from 'kysely'
import type { RulePackVersion } from '../../../../shared/domain/payroll'
import { BUILT_IN_PACKS } from '../../payroll/rule-packs/built-in'

/**
 * This release's payroll changes need no new columns: a structure is edited in place (posted runs
 * keep their own payslips) and its history is the assignments already stored. One data step: a
 * company that set payroll up earlier holds its own copy of each built-in rule pack, so it lacks
 * the versions added since (Vietnam's Law 109/2025/QH15 brackets from 2026-07-01). Each stored
 * built-in pack gains the built-in versions dated after its latest one; a version the company has
 * (edited or not) is never changed, and one it removed from the middle is not brought back.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const packs = await sql<{ code: string; versions: string }>`
    SELECT code, versions FROM payroll_rule_pack WHERE built_in = 1`.execute(db)
  for (const row of packs.rows) {
    const shipped = BUILT_IN_PACKS.find((pack) => pack.code === row.code)
    if (!shipped) continue
    const stored = JSON.parse(row.versions) as RulePackVersion[]
    const latest = stored.reduce((top, v) => (v.effectiveFrom > top ? v.effectiveFrom : top), '')
    const added = shipped.versions.filter((version) => version.effectiveFrom > latest)
    if (added.length === 0) continue
    await sql`UPDATE payroll_rule_pack SET versions = ${JSON.stringify([...stored, ...added])}
      WHERE code = ${row.code}`.execute(db)
  }
}
