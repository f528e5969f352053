/**
 * Every failure a person can act on is a DaftarError: a stable code (for programs), and the details
 * needed to say what is wrong and where (the CSV line, the field). Words are made from the code
 * in one place, `describeError`, in the user's language.
 */
export type ErrorCode =
  | 'validation'
  | 'not-found'
  | 'unbalanced-entry'
  | 'period-locked'
  | 'posted-is-final'
  | 'account-archived'
  | 'account-in-use'
  | 'duplicate'
  | 'import-invalid'
  | 'company-file-too-new'
  | 'company-file-invalid'
  | 'no-company-open'
  | 'integrity'

export interface ErrorDetails {
  /** The field at fault, as the form or CSV names it. */
  field?: string
  /** 1-based line number in an imported file (the header is line 1). */
  line?: number
  /** Other values that make the message precise. */
  [key: string]: unknown
}

export interface ImportProblem {
  line: number
  field?: string
  message: string
}

export class DaftarError extends Error {
  readonly code: ErrorCode
  readonly details: ErrorDetails
  readonly problems: ImportProblem[]

  constructor(
    code: ErrorCode,
    message: string,
    details: ErrorDetails = {},
    problems: ImportProblem[] = [],
  ) {
    super(message)
    this.name = 'DaftarError'
    this.code = code
    this.details = details
    this.problems = problems
  }

  toJSON(): SerializedError {
    return {
      code: this.code,
      message: this.message,
      details: this.details,
      problems: this.problems,
    }
  }
}

export interface SerializedError {
  code: ErrorCode
  message: string
  details: ErrorDetails
  problems: ImportProblem[]
}

export function isSerializedError(value: unknown): value is SerializedError {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value
}

export const validationError = (field: string, message: string, extra: ErrorDetails = {}) =>
  new DaftarError('validation', message, { field, ...extra })

export const notFound = (what: string, key: string) =>
  new DaftarError('not-found', `${what} ${key} was not found`, { what, key })
