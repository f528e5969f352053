import { expect } from 'vitest'
import type { ImportProblem } from '../../src/shared/errors'

/**
 * An import's problems as the command line prints them, one a line: "line 3, date: 2026-02-30 is
 * not a real date (YYYY-MM-DD)", or "line 9: ..." for a problem with the whole line. A problem
 * carrying anything else besides fails here, so comparing these lines is as strict as comparing
 * the problems themselves.
 */
export function problemLines(problems: readonly ImportProblem[]): string[] {
  return problems.map(({ line, field, message, ...rest }) => {
    expect(rest, `the problem on line ${line}`).toEqual({})
    return `line ${line}${field === undefined ? '' : `, ${field}`}: ${message}`
  })
}
