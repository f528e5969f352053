import type { Kysely } from 'kysely'
import { describe, expect, it } from 'vitest'
import { up } from '../../src/main/engine/db/migrations/0009-payroll-changes'
import { getRulePack } from '../../src/main/engine/payroll/rule-packs'
import { VIETNAM_PACK } from '../../src/main/engine/payroll/rule-packs/vietnam'
import { vietnamPayroll } from './payroll-fixture'

describe('migration 0009: built-in rule packs gain the versions shipped since', () => {
  it('adds Vietnam 2026-07-01 to a company set up before it, keeping its own versions', async () => {
    const { ctx } = await vietnamPayroll()
    const older = VIETNAM_PACK.versions.filter((v) => v.effectiveFrom < '2026-07-01')
    const edited = older.map((v) =>
      v.effectiveFrom === '2026-01-01' ? { ...v, source: 'Edited by the bookkeeper' } : v,
    )
    ctx.sqlite
      .prepare("UPDATE payroll_rule_pack SET versions = ? WHERE code = 'VN'")
      .run(JSON.stringify(edited))
    await up(ctx.db as unknown as Kysely<unknown>)
    const versions = getRulePack(ctx, 'VN').versions
    expect(versions.map((v) => v.effectiveFrom).at(-1)).toBe('2026-07-01')
    expect(versions.find((v) => v.effectiveFrom === '2026-01-01')!.source).toBe(
      'Edited by the bookkeeper',
    )
    await up(ctx.db as unknown as Kysely<unknown>)
    expect(getRulePack(ctx, 'VN').versions).toHaveLength(versions.length)
  })
})
