import { z } from 'zod'

/** The fields many procedures take, one schema each so they validate (and word) alike. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
export const id = z.string().min(1)
export const money = z.bigint().nonnegative()
