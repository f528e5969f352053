import { CsvError, parse } from 'csv-parse/sync'
import type { ImportProblem } from '../../../shared/errors'

/**
 * Receives each data row: its fields in the order of `columns` (an optional column the header
 * leaves out reads as empty), and its 1-based line (header = 1).
 */
export type RowVisitor = (fields: string[], line: number) => void

export type ReadCsvResult = { rows: number; problems: ImportProblem[] }

/**
 * Reads CSV text whose header must name exactly `columns` (in any order, any case; those in
 * `optional` may be left out) and hands each
 * row to `visit`, without keeping the rows: a million-row file stays one string and what the
 * visitor builds. A row with the wrong number of fields is a problem and is not visited. A bad
 * header, or no rows at all, is the only problem returned and nothing is visited.
 */
export function readCsv(
  text: string,
  columns: readonly string[],
  visit: RowVisitor,
  optional: readonly string[] = [],
): ReadCsvResult {
  const problems: ImportProblem[] = []
  // Column positions once the header is read; empty when the file has them in `columns` order.
  const header: { order: number[] | null; width: number } = { order: null, width: 0 }
  let rows = 0
  const onRecord = (fields: string[], line: number): boolean => {
    const order = header.order
    if (!order) {
      const found = headerOrder(fields, columns, optional)
      if ('problem' in found) {
        problems.push(found.problem)
        return false
      }
      header.order = found.index.every((at, i) => at === i) ? [] : found.index
      header.width = fields.length
      return true
    }
    rows++
    if (fields.length !== header.width)
      problems.push({
        line,
        message: `Expected ${header.width} fields (${columns.filter((_, i) => order.length === 0 || order[i]! >= 0).join(',')}), found ${fields.length}`,
      })
    else visit(order.length === 0 ? fields : order.map((at) => (at < 0 ? '' : fields[at]!)), line)
    return true
  }
  const failure = eachRecord(text, onRecord)
  if (failure) problems.push(failure)
  if (!header.order && problems.length === 0)
    problems.push({ line: 1, message: 'The file is empty' })
  if (header.order && rows === 0 && problems.length === 0)
    problems.push({ line: 2, message: 'The file has a header but no rows to import' })
  return { rows, problems }
}

function headerOrder(
  header: string[],
  columns: readonly string[],
  optional: readonly string[],
): { index: number[] } | { problem: ImportProblem } {
  const names = header.map((name) => name.trim().toLowerCase())
  const missing = columns.filter((column) => !names.includes(column) && !optional.includes(column))
  const unknown = names.filter((name) => !columns.includes(name))
  const repeated = names.filter((name, i) => names.indexOf(name) !== i)
  if (missing.length === 0 && unknown.length === 0 && repeated.length === 0)
    return { index: columns.map((column) => names.indexOf(column)) }
  const wrong = [
    missing.length > 0 && `missing ${missing.join(', ')}`,
    unknown.length > 0 && `unknown ${unknown.map((name) => name || '(empty)').join(', ')}`,
    repeated.length > 0 && `repeated ${repeated.join(', ')}`,
  ].filter(Boolean)
  return {
    problem: {
      line: 1,
      field: 'header',
      message: `The first line must be the header ${columns.filter((c) => !optional.includes(c)).join(',')}${optional.length > 0 ? `, optionally with ${optional.join(',')}` : ''} (${wrong.join('; ')})`,
    },
  }
}

/**
 * Calls `onRecord` for each non-blank record until it returns false. Text without a double quote
 * cannot hold quoted fields or line breaks inside a field, so it is split directly: csv-parse
 * spends about 3 s on a million rows, more than the whole import may take. Returns a problem for
 * text that is not valid CSV.
 */
function eachRecord(
  text: string,
  onRecord: (fields: string[], line: number) => boolean,
): ImportProblem | null {
  if (text.includes('"')) return eachParsedRecord(text, onRecord)
  let start = 0
  let line = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    line++
    let record = text.slice(start, end)
    start = end + 1
    if (record.endsWith('\r')) record = record.slice(0, -1)
    if (record.trim() === '') continue
    if (!onRecord(record.split(','), line)) break
  }
  return null
}

function eachParsedRecord(
  text: string,
  onRecord: (fields: string[], line: number) => boolean,
): ImportProblem | null {
  let records: { record: string[]; info: { lines: number } }[]
  try {
    records = parse(text, {
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as typeof records
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    const line = Number((error as CsvError & { lines?: number }).lines) || 1
    return { line, message: `This line is not valid CSV: ${error.message}` }
  }
  for (const { record, info } of records) {
    if (record.every((field) => field.trim() === '')) continue
    // info.lines is where the record ends; a quoted field may span lines, and it starts earlier.
    const inner = record.reduce((count, field) => count + field.split('\n').length - 1, 0)
    if (!onRecord(record, info.lines - inner)) break
  }
  return null
}
