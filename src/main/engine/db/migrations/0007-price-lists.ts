import type { Kysely } from 'kysely'

/** Reserved for this session's work on 0007-price-lists; nothing yet. */
export async function up(_db: Kysely<unknown>): Promise<void> {}
