import type { ImportResult } from '../../../shared/domain/imports'
import { DaftarError, type ImportProblem } from '../../../shared/errors'
import type { CompanyContext } from '../company/company-context'
import { refused } from './import-result'

/** Thrown inside the transaction to undo it; carries what the import must answer. */
class Undo extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super('undo the import')
  }
}

/**
 * Writes every record of an import through its service (so each gets its validation, numbering,
 * postings and change log) in one transaction. A record the service refuses becomes problems on
 * its lines, and the rest are still tried so that every bad record is listed. Any problem, or a
 * dry run, undoes the whole transaction: a dry run checks exactly what a real run would do.
 */
export function writeAll<T>(
  ctx: CompanyContext,
  records: readonly T[],
  options: {
    dryRun: boolean
    write: (record: T) => void
    refused: (record: T, error: DaftarError) => ImportProblem[]
  },
): ImportProblem[] {
  try {
    ctx.transaction(() => {
      const problems: ImportProblem[] = []
      for (const record of records) {
        try {
          // Nested: a refused record's partial writes roll back to its savepoint.
          ctx.transaction(() => options.write(record))
        } catch (error) {
          if (!(error instanceof DaftarError)) throw error
          problems.push(...options.refused(record, error))
        }
      }
      if (problems.length > 0 || options.dryRun) throw new Undo(problems)
    })
    return []
  } catch (error) {
    if (error instanceof Undo) return error.problems
    throw error
  }
}

/**
 * The end of an import that creates one record a row through its service: the file is refused
 * with its reading problems if it has any; otherwise every row is created (none on a dry run),
 * and a row the service refuses is put on its line, at the column of the field at fault.
 */
export function createEachRow<I>(
  ctx: CompanyContext,
  file: { dryRun: boolean; rows: number; problems: ImportProblem[] },
  records: readonly { line: number; input: I }[],
  columnOf: Record<string, string>,
  create: (input: I) => unknown,
): ImportResult {
  const { dryRun, rows, problems } = file
  if (problems.length > 0) return refused(dryRun, rows, problems)
  if (!dryRun) {
    const failed = writeAll(ctx, records, {
      dryRun,
      write: (row) => create(row.input),
      refused: (row, error) => [
        { line: row.line, field: columnOf[error.details.field ?? ''], message: error.message },
      ],
    })
    if (failed.length > 0) return refused(dryRun, rows, failed)
  }
  return { dryRun, rows, created: records.length, problems: [] }
}
