import type { PrintableDocument } from '../../../shared/domain/printable'
import { DaftarError } from '../../../shared/errors'

/** Refuses a document the layout cannot draw faithfully, naming the field (and row) at fault. */
export function validatePrintable(doc: PrintableDocument): void {
  const fail = (field: string, message: string, line?: number): never => {
    throw new DaftarError('validation', message, line === undefined ? { field } : { field, line })
  }
  if (doc.columns.length === 0) fail('columns', 'A printed document needs at least one column')
  doc.columns.forEach((column, i) => {
    if (!(column.weight > 0) || !Number.isFinite(column.weight)) {
      fail('columns', `Column ${i + 1} (${column.key}) needs a positive width weight`)
    }
  })
  doc.rows.forEach((row, i) => {
    if (row.length !== doc.columns.length) {
      fail('rows', `Row ${i + 1} has ${row.length} cells, expected ${doc.columns.length}`, i + 1)
    }
  })
  if (Number.isNaN(new Date(doc.issuedAt).getTime())) {
    fail('issuedAt', `Not a date: ${doc.issuedAt}`)
  }
  if (doc.direction !== 'ltr' && doc.direction !== 'rtl') {
    fail('direction', `Direction must be ltr or rtl, not ${String(doc.direction)}`)
  }
}
