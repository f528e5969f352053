import type { ImportResult } from '../../../shared/domain/imports'
import type { ImportProblem } from '../../../shared/errors'

/** The answer for a file that was refused: nothing written, every problem in line order. */
export function refused(dryRun: boolean, rows: number, problems: ImportProblem[]): ImportResult {
  return { dryRun, rows, created: 0, problems: sortByLine(problems) }
}

/** The answer for a file that was imported, with any warnings in line order. */
export function imported(
  dryRun: boolean,
  rows: number,
  created: number,
  warnings: ImportProblem[],
): ImportResult {
  return {
    dryRun,
    rows,
    created,
    problems: [],
    ...(warnings.length > 0 ? { warnings: sortByLine(warnings) } : {}),
  }
}

export function sortByLine(problems: ImportProblem[]): ImportProblem[] {
  return problems
    .map((problem, order) => ({ problem, order }))
    .sort((a, b) => a.problem.line - b.problem.line || a.order - b.order)
    .map(({ problem }) => problem)
}
