import type {
  TaxInputRow,
  TaxSummary,
  TaxSummaryRow,
  TaxTieOutRow,
} from '../../../shared/domain/sales-reports'
import type { CompanyContext } from '../company/company-context'
import { assertRange, reportHeader } from '../reports/report-header'

/**
 * Sales lines as they reached the ledger in the range, in the base currency and signed as output
 * tax: invoices on their date (cancelled ones too), their cancellations on the day they were
 * reversed, credit notes.
 */
const OUTPUT_LINES = `
  SELECT l.tax_code_id, l.base_net AS net, l.base_tax AS tax FROM document d JOIN document_line l ON l.document_id = d.id
  WHERE d.type = 'invoice' AND d.status IN ('posted', 'cancelled') AND d.date BETWEEN :from AND :to
  UNION ALL
  SELECT l.tax_code_id, -l.base_net, -l.base_tax FROM document d JOIN document_line l ON l.document_id = d.id
  WHERE d.type = 'invoice' AND d.status = 'cancelled' AND d.cancelled_on BETWEEN :from AND :to
  UNION ALL
  SELECT l.tax_code_id, -l.base_net, -l.base_tax FROM document d JOIN document_line l ON l.document_id = d.id
  WHERE d.type = 'credit_note' AND d.status = 'posted' AND d.date BETWEEN :from AND :to`

/** Journal entries that sales documents posted: theirs, and the reversals cancelling them. */
const SALES_ENTRY = `(e.source IN ('invoice', 'credit-note') OR (e.source = 'reversal'
  AND (SELECT r.source FROM journal_entry r WHERE r.id = e.reverses_id) IN ('invoice', 'credit-note')))`

/**
 * Output tax on sales per tax code, input tax, and what is payable, for a range. Input tax is
 * read from the ledger: what entries other than sales documents moved on the tax codes' input
 * accounts. The tie-out sets the tax accounts' movement in the ledger beside the summary's net:
 * they differ only if something other than sales and input tax moved an output tax account, or
 * a sales document's tax did not reach the ledger.
 */
export function taxSummary(ctx: CompanyContext, query: { from: string; to: string }): TaxSummary {
  assertRange(query.from, query.to)
  const range = { from: query.from, to: query.to }
  const rows = ctx.sqlite
    .prepare(
      `SELECT o.tax_code_id AS taxCodeId, coalesce(t.code, '') AS code,
         coalesce(t.name, 'No tax code') AS name, coalesce(t.rate, 0) AS rate,
         sum(o.net) AS taxable, sum(o.tax) AS output
       FROM (${OUTPUT_LINES}) o LEFT JOIN tax_code t ON t.id = o.tax_code_id
       GROUP BY o.tax_code_id ORDER BY o.tax_code_id IS NULL, t.code`,
    )
    .all(range) as (Omit<TaxSummaryRow, 'rate'> & { rate: bigint })[]
  const input = ctx.sqlite
    .prepare(
      `SELECT a.id AS accountId, a.code AS accountCode, a.name AS accountName,
         coalesce(sum(l.debit - l.credit), 0) AS amount
       FROM account a JOIN journal_line l ON l.account_id = a.id
       JOIN journal_entry e ON e.id = l.entry_id
       WHERE a.id IN (SELECT input_account_id FROM tax_code)
         AND l.date BETWEEN :from AND :to AND e.status = 'posted' AND NOT ${SALES_ENTRY}
       GROUP BY a.id ORDER BY a.code`,
    )
    .all(range) as TaxInputRow[]
  const accounts = ctx.sqlite
    .prepare(
      `SELECT a.id AS accountId, a.code, a.name,
         coalesce((SELECT sum(b.credit - b.debit) FROM account_balance_day b
           WHERE b.account_id = a.id AND b.day BETWEEN :from AND :to), 0) AS movement
       FROM account a
       WHERE a.id IN (SELECT output_account_id FROM tax_code UNION SELECT input_account_id FROM tax_code)
       ORDER BY a.code`,
    )
    .all(range) as TaxTieOutRow[]
  const taxable = rows.reduce((sum, row) => sum + row.taxable, 0n)
  const output = rows.reduce((sum, row) => sum + row.output, 0n)
  const inputTotal = input.reduce((sum, row) => sum + row.amount, 0n)
  const net = output - inputTotal
  const ledgerMovement = accounts.reduce((sum, row) => sum + row.movement, 0n)
  return {
    ...reportHeader(ctx),
    ...range,
    rows: rows.map((row) => ({ ...row, rate: Number(row.rate) })),
    inputSource: 'ledger',
    input: input.filter((row) => row.amount !== 0n),
    totals: { taxable, output, input: inputTotal, net },
    tieOut: { accounts, ledgerMovement, summaryNet: net, difference: ledgerMovement - net },
  }
}
