import type { Kysely } from 'kysely'

/** Reserved for this session's work on 0009-payroll-changes; nothing yet. */
export async function up(_db: Kysely<unknown>): Promise<void> {}
