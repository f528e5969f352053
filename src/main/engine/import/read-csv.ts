import { CsvError, parse } from 'csv-parse/sync'
import type { ImportColumns } from '../../../shared/domain/import-columns'
import type { ImportProblem } from '../../../shared/errors'
import { headerOrder } from './csv-header'

/**
 * Receives each data row: its fields in the order of the import's column names (a column the
 * header leaves out reads as empty), and its 1-based line (header = 1).
 */
export type RowVisitor = (fields: string[], line: number) => void

export type ReadCsvResult = { rows: number; problems: ImportProblem[] }

/**
 * Reads CSV text whose header follows `headerOrder`'s rule for `columns` and hands each row to
 * `visit`, without keeping the rows: a million-row file stays one string and what the visitor
 * builds. A row with the wrong number of fields is a problem and is not visited. A bad header's
 * problems, or no rows at all, are the only problems returned and nothing is visited.
 */
export function readCsv(text: string, columns: ImportColumns, visit: RowVisitor): ReadCsvResult {
  const problems: ImportProblem[] = []
  // Where each column is in a row once the header is read; empty when the file has them all in
  // `columns.names` order, so the rows are handed on as they are.
  const header: { order: number[] | null; width: number; names: string } = {
    order: null,
    width: 0,
    names: '',
  }
  let rows = 0
  const onRecord = (fields: string[], line: number): boolean => {
    const order = header.order
    if (!order) {
      const found = headerOrder(fields, columns)
      if ('problems' in found) {
        problems.push(...found.problems)
        return false
      }
      header.order = found.index.every((at, i) => at === i) ? [] : found.index
      header.width = fields.length
      header.names = fields.map((name) => name.trim().toLowerCase()).join(',')
      return true
    }
    rows++
    if (fields.length !== header.width)
      problems.push({
        line,
        message: `Expected ${header.width} fields (${header.names}), found ${fields.length}`,
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
