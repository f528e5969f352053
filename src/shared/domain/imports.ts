import type { ImportProblem } from '../errors'

export interface ImportResult {
  dryRun: boolean
  /** Rows read from the file, the header excluded. */
  rows: number
  /** What was (or, on a dry run, would be) created: accounts or journal entries. */
  created: number
  /** Every bad line; when there is any, nothing was written. */
  problems: ImportProblem[]
  /**
   * What was imported but is worth a look (a customer taken over the credit limit under the
   * 'warn' policy), on the CSV line of the record it is about. Absent when there is none.
   */
  warnings?: ImportProblem[]
  /** What an opening stock import posted (or, on a dry run, would post): moves and their value. */
  stock?: { moves: number; value: bigint }
}
