import { v7 as uuidv7 } from 'uuid'

/** Time-ordered UUIDv7 keys: unique across devices, and they index well. */
export const newId = (): string => uuidv7()

export const nowIso = (): string => new Date().toISOString()
