import type { ImportProblem } from '../../../shared/errors'

export type CsvInput = string | Uint8Array

/**
 * Turns the uploaded bytes or text into CSV text, refusing what cannot be a CSV file: nothing at
 * all, NUL bytes, or bytes that are not UTF-8 (a spreadsheet saved as .xlsx, a picture).
 */
export function csvText(input: CsvInput): { text: string } | { problem: ImportProblem } {
  let text: string
  if (typeof input === 'string') {
    // Text that reached us already decoded shows bad bytes as U+FFFD.
    if (input.includes('\uFFFD')) return { problem: notText('is not UTF-8 text') }
    text = input.startsWith('\uFEFF') ? input.slice(1) : input
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input)
    } catch {
      return { problem: notText('is not UTF-8 text') }
    }
  }
  if (text.includes('\u0000')) return { problem: notText('contains binary data (NUL bytes)') }
  if (text.trim() === '') return { problem: { line: 1, message: 'The file is empty' } }
  return { text }
}

function notText(why: string): ImportProblem {
  return {
    line: 1,
    message: `The file ${why}: save it as CSV (comma separated, UTF-8) and try again`,
  }
}
