import type { Statements } from '../db/statements'
import type { HybridLogicalClock } from './hlc'

export type ChangeOperation =
  'create' | 'update' | 'post' | 'reverse' | 'archive' | 'unarchive' | 'delete' | 'import'

export interface ChangeAuthor {
  userName: string
  deviceId: string
}

const INSERT_CHANGE = `INSERT INTO change_log (entity, entity_id, operation, data, user_name, device_id, hlc)
  VALUES (?, ?, ?, ?, ?, ?, ?)`

/**
 * The change log: one row for every write, in the same transaction as the write. It is the audit
 * trail (who did what, when) and what sync sends to other devices. Append-only by trigger.
 */
export class ChangeLog {
  constructor(
    private readonly statements: Statements,
    private readonly clock: HybridLogicalClock,
    private readonly author: ChangeAuthor,
  ) {}

  append(entity: string, entityId: string, operation: ChangeOperation, data: unknown): void {
    this.appendJson(entity, entityId, operation, toJson(data))
  }

  /** For callers that serialise their data faster than `toJson` (bulk posting). */
  appendJson(entity: string, entityId: string, operation: ChangeOperation, json: string): void {
    this.statements
      .prepare(INSERT_CHANGE)
      .run(
        entity,
        entityId,
        operation,
        json,
        this.author.userName,
        this.author.deviceId,
        this.clock.now(),
      )
  }
}

/** JSON with bigints written as decimal strings: the change log must be readable by any tool. */
export function toJson(data: unknown): string {
  return JSON.stringify(data, (_key, value: unknown) =>
    typeof value === 'bigint' ? value.toString() : value,
  )
}
