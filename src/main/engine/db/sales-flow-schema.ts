/** The sales-flow tables (migration 0004) as Kysely sees them; INTEGER columns are bigint. */
export interface SalesFlowTables {
  document_line_source: DocumentLineSourceTable
  document_closure: DocumentClosureTable
  company_print_details: CompanyPrintDetailsTable
}

/** An invoice line and the order line it invoices. */
export interface DocumentLineSourceTable {
  document_id: string
  line_no: bigint
  source_document_id: string
  source_line_no: bigint
}

/** A quote declined or an order closed by hand; final. */
export interface DocumentClosureTable {
  document_id: string
  closed_on: string
  reason: string
  created_at: string
}

export interface CompanyPrintDetailsTable {
  id: bigint
  address: string
  tax_id: string
  logo: Uint8Array | null
  footer: string
}
