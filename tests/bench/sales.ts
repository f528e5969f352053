/**
 * Sales benchmark, in one run:
 *  (a) post N three-line invoices through the invoice posting service, one transaction each, beside
 *  (b) the same journal entries (same accounts, amounts, entries and lines) written straight to
 *      the ledger through writePostedEntries, one transaction each; target a <= 2x b;
 *  (c) the receivables ageing at N invoices against 1,000. The ageing reads only open items, so its
 *      cost follows the open book, not the history: the target (<= 1.5x) is measured with the big
 *      company's history paid down to the small one's open book; 80% paid at both is shown too;
 *  (d) the Home page's read and the overdue invoice list at both sizes, the same way (bench-home.ts).
 * BENCH_INVOICES sets N (default 100,000).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { addDays } from '../../src/shared/dates'
import type { CompanyContext } from '../../src/main/engine/company/company-context'
import { dice } from '../../src/main/engine/demo/prng'
import { writePostedEntries, type ValidEntry } from '../../src/main/engine/ledger/posting'
import { receivablesAgeing } from '../../src/main/engine/receivables/ageing'
import { salesEntry } from '../../src/main/engine/sales/document-posting'
import { receivePayment } from '../../src/main/engine/sales/payments'
import { postDocument } from '../../src/main/engine/sales/post-document'
import { homeRows } from './bench-home'
import { medianMs, onceMs, printTable, type BenchRow } from './measure'
import { salesBenchCompany, saveInvoiceDrafts, type SalesBenchCompany } from './sales-setup'

const INVOICES = Number(process.env.BENCH_INVOICES ?? 100_000)
const SMALL = 1000
const AS_OF = '2026-03-31'

export async function salesBench(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'daftar-sales-bench-'))
  try {
    const rows: BenchRow[] = []
    const big = await salesBenchCompany(dir, 'invoices')
    const draftMs = await onceMs(() => saveInvoiceDrafts(big, INVOICES))
    const drafts = draftIds(big.ctx)
    const postMs = await onceMs(() => {
      for (const id of drafts) postDocument(big.ctx, id, 'invoice')
    })
    const ledger = await salesBenchCompany(dir, 'ledger')
    const entries = sameEntries(big.ctx, ledger.ctx)
    const lineCount = entries.reduce((sum, entry) => sum + entry.lines.length, 0)
    const ledgerMs = await onceMs(() => {
      for (const entry of entries)
        ledger.ctx.transaction(() => writePostedEntries(ledger.ctx, [entry]))
    })
    const n = INVOICES.toLocaleString('en')
    rows.push(
      { name: `save ${n} invoice drafts (not compared)`, value: `${draftMs.toFixed(0)} ms` },
      { name: `(a) post ${n} three-line invoices`, value: `${postMs.toFixed(0)} ms` },
      {
        name: `(b) write the same ${n} entries, ${lineCount.toLocaleString('en')} lines`,
        value: `${ledgerMs.toFixed(0)} ms`,
      },
      {
        name: 'a / b',
        value: ratio(postMs, ledgerMs),
        target: '<= 2x',
        pass: postMs <= 2 * ledgerMs,
      },
    )
    ledger.ctx.close()

    const small = await salesBenchCompany(dir, 'small')
    for (const id of saveInvoiceDrafts(small, SMALL)) postDocument(small.ctx, id, 'invoice')
    const payBigMs = await onceMs(() => payShare(big, 0.8))
    payShare(small, 0.8)
    const ageSmall = medianMs(() => receivablesAgeing(small.ctx, { asOf: AS_OF }), 21)
    const ageBig = medianMs(() => receivablesAgeing(big.ctx, { asOf: AS_OF }), 21)
    const openBig = openInvoices(big.ctx)
    const openSmall = openInvoices(small.ctx)
    rows.push(
      { name: `receive payments for 80% of ${n} invoices`, value: `${payBigMs.toFixed(0)} ms` },
      {
        name: `(c) ageing at ${SMALL.toLocaleString('en')} invoices, ${openSmall} open`,
        value: `${ageSmall.toFixed(2)} ms`,
      },
      { name: `    ageing at ${n} invoices, ${openBig} open`, value: `${ageBig.toFixed(2)} ms` },
      {
        name: `    ageing ${n} / ${SMALL.toLocaleString('en')}, 80% paid at both (for reference)`,
        value: ratio(ageBig, ageSmall),
      },
    )
    const smallSized = {
      ctx: small.ctx,
      label: `${SMALL.toLocaleString('en')} invoices, ${openSmall} open`,
    }
    const homeAt80 = homeRows(
      smallSized,
      { ctx: big.ctx, label: `${n} invoices, ${openBig} open` },
      AS_OF,
      false,
    )
    // The same open book as the small company on the big one's history: what the ageing costs
    // is what is open, not what was ever sold.
    payAllBut(big, openSmall)
    const ageHistory = medianMs(() => receivablesAgeing(big.ctx, { asOf: AS_OF }), 21)
    rows.push(
      {
        name: `    ageing at ${n} invoices, ${openInvoices(big.ctx)} open`,
        value: `${ageHistory.toFixed(2)} ms`,
      },
      {
        name: `    same open book: ${n} / ${SMALL.toLocaleString('en')}`,
        value: ratio(ageHistory, ageSmall),
        target: '<= 1.5x',
        pass: ageHistory <= 1.5 * ageSmall,
      },
      ...homeAt80,
      ...homeRows(
        smallSized,
        { ctx: big.ctx, label: `${n} invoices, ${openSmall} open` },
        AS_OF,
        true,
      ),
    )
    big.ctx.close()
    small.ctx.close()
    printTable(`Sales (${os.cpus().length} cores, Node ${process.version})`, rows)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

function ratio(a: number, b: number): string {
  return `${(a / b).toFixed(2)}x`
}

function draftIds(ctx: CompanyContext): string[] {
  const rows = ctx.sqlite
    .prepare(`SELECT id FROM document WHERE status = 'draft' ORDER BY date, id`)
    .all() as { id: string }[]
  return rows.map((row) => row.id)
}

/** The journal entries the invoices posted, rebuilt for another company by account code. */
function sameEntries(from: CompanyContext, to: CompanyContext): ValidEntry[] {
  const codeOf = new Map(
    (
      from.sqlite.prepare('SELECT id, code FROM account').all() as { id: string; code: string }[]
    ).map((a) => [a.id, a.code]),
  )
  const idOf = new Map(
    (to.sqlite.prepare('SELECT id, code FROM account').all() as { id: string; code: string }[]).map(
      (a) => [a.code, a.id],
    ),
  )
  const account = (id: string | null) => (id === null ? null : idOf.get(codeOf.get(id)!)!)
  const docs = from.sqlite
    .prepare(
      `SELECT d.id, d.number, d.date, d.gross, c.name FROM document d
       JOIN contact c ON c.id = d.contact_id WHERE d.type = 'invoice' ORDER BY d.number`,
    )
    .all() as { id: string; number: string; date: string; gross: bigint; name: string }[]
  const lines = from.sqlite.prepare(
    `SELECT l.account_id, l.net, l.tax, t.output_account_id FROM document_line l
     LEFT JOIN tax_code t ON t.id = l.tax_code_id WHERE l.document_id = ? ORDER BY l.line_no`,
  )
  const receivables = idOf.get('1200')!
  return docs.map((doc) =>
    salesEntry(
      {
        number: doc.number,
        date: doc.date,
        contactName: doc.name,
        gross: doc.gross,
        lines: (
          lines.all(doc.id) as {
            account_id: string
            net: bigint
            tax: bigint
            output_account_id: string | null
          }[]
        ).map((line) => ({
          accountId: account(line.account_id)!,
          taxAccountId: account(line.output_account_id),
          net: line.net,
          tax: line.tax,
        })),
      },
      receivables,
      'invoice',
    ),
  )
}

/** Pays `share` of the invoices in full, chosen at random, 20 days after each is dated. */
function payShare(company: SalesBenchCompany, share: number): void {
  const roll = dice(11)
  for (const invoice of openInvoiceList(company.ctx)) if (roll.chance(share)) pay(company, invoice)
}

/** Pays every open invoice but the `keep` latest. */
function payAllBut(company: SalesBenchCompany, keep: number): void {
  const open = openInvoiceList(company.ctx)
  for (const invoice of open.slice(0, Math.max(0, open.length - keep))) pay(company, invoice)
}

interface OpenInvoice {
  id: string
  contactId: string
  date: string
  open: bigint
}

function openInvoiceList(ctx: CompanyContext): OpenInvoice[] {
  return ctx.sqlite
    .prepare(
      `SELECT document_id AS id, contact_id AS contactId, date, amount - settled AS open
       FROM receivable_item WHERE closed_on IS NULL AND amount > 0 ORDER BY date, document_id`,
    )
    .all() as OpenInvoice[]
}

function pay(company: SalesBenchCompany, invoice: OpenInvoice): void {
  receivePayment(company.ctx, {
    contactId: invoice.contactId,
    date: addDays(invoice.date, 20),
    accountId: company.bank,
    amount: invoice.open,
    allocations: [{ documentId: invoice.id, amount: invoice.open }],
  })
}

function openInvoices(ctx: CompanyContext): number {
  return openInvoiceList(ctx).length
}

if (import.meta.url === `file://${process.argv[1]}`) await salesBench()
