import { z } from 'zod'
import type { ImportResult } from '../../domain/imports'
import { procedure } from '../procedure'

const csvImport = z.object({ csv: z.string(), dryRun: z.boolean().optional() })

/** Imports for a business moving from another system: CSV text in, every bad line out. */
export const salesImportsContract = {
  'import.contacts': procedure<ImportResult>()(csvImport, 'admin'),
  'import.products': procedure<ImportResult>()(csvImport, 'admin'),
  'import.invoices': procedure<ImportResult>()(csvImport, 'admin'),
  'import.bills': procedure<ImportResult>()(csvImport, 'admin'),
} as const
