import type { ImportResult } from '../../../shared/domain/imports'
import type { CompanyContext } from '../company/company-context'
import { csvText, type CsvInput } from './csv-text'
import { refused } from './import-result'

/**
 * The frame of a CSV import: the bytes must be CSV text, then `run` reads and writes it in one
 * transaction (on a dry run `run` undoes its own writes, so none is needed).
 */
export function csvImport(
  ctx: CompanyContext,
  input: CsvInput,
  options: { dryRun?: boolean },
  run: (text: string, dryRun: boolean) => ImportResult,
): ImportResult {
  const dryRun = options.dryRun ?? false
  const decoded = csvText(input)
  if ('problem' in decoded) return refused(dryRun, 0, [decoded.problem])
  return dryRun ? run(decoded.text, dryRun) : ctx.transaction(() => run(decoded.text, dryRun))
}
