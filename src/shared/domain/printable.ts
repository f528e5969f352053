/**
 * A business document ready to print: every value is already formatted text (money through
 * formatMoney, dates by the company's locale), so the printer only lays it out. Sales documents,
 * payslips and statements all map to this one shape.
 */
export type PrintDirection = 'ltr' | 'rtl'

/** 'start' is the reading start: left in 'ltr', right in 'rtl'. */
export type PrintAlign = 'start' | 'end'

export interface PrintableLabelValue {
  label: string
  value: string
}

export interface PrintableParty {
  name: string
  addressLines: string[]
  /** Shown as "<labels.taxId> <taxId>" when present. */
  taxId?: string | null
}

export interface PrintableIssuer extends PrintableParty {
  /** PNG or JPEG bytes, drawn at most 140 x 56 points. */
  logo?: Uint8Array | null
}

export interface PrintableColumn {
  key: string
  label: string
  align: PrintAlign
  /** Share of the table width, relative to the other columns' weights. */
  weight: number
}

export interface PrintableTotal {
  label: string
  value: string
  /** The figure the reader looks for (the grand total, the net pay): bold, ruled above. */
  emphasis?: boolean
}

/** Words the layout itself needs, in the document's language. */
export interface PrintableLabels {
  /** Heading over the recipient block, e.g. "Bill to". */
  recipient?: string
  /** Prefix of a tax id, e.g. "Tax ID". */
  taxId?: string
  /** Page numbering with {page} and {pages}, e.g. "Page {page} of {pages}". */
  page?: string
}

export interface PrintableDocument {
  /** e.g. "Invoice", "Payslip". */
  title: string
  number: string
  dates: PrintableLabelValue[]
  issuer: PrintableIssuer
  recipient: PrintableParty | null
  columns: PrintableColumn[]
  /** Each row holds one formatted cell per column, in column order. */
  rows: string[][]
  totals: PrintableTotal[]
  notes?: string | null
  /** Printed at the foot of every page (bank details, terms, thanks). */
  footer?: string | null
  /** BCP 47 tag; page numbers use its digits. */
  locale: string
  direction: PrintDirection
  labels?: PrintableLabels
  /** ISO date or date-time stored as the PDF's creation date, so the same document gives the same bytes. */
  issuedAt: string
}
