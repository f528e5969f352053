import { z } from 'zod'
import type { ImportResult } from '../../domain/imports'
import { procedure } from '../procedure'

const csvImport = z.object({ csv: z.string(), dryRun: z.boolean().optional() })

/** Stocked items and opening stock from CSV: every bad line out, all or nothing. */
export const inventoryImportsContract = {
  'import.items': procedure<ImportResult>()(csvImport, 'admin'),
  'import.openingStock': procedure<ImportResult>()(csvImport, 'admin'),
} as const
