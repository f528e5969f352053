import PDFDocument from 'pdfkit'
import type { PrintableDocument } from '../../../shared/domain/printable'
import { loadPrintFonts, type PrintFonts } from './fonts'
import { drawFirstHeader, drawRecipient } from './header'
import type { RenderState } from './layout'
import { addPage, bodyBottom, drawFooters } from './pages'
import { drawTable } from './table'
import { drawNotes, drawTotals } from './totals'
import { validatePrintable } from './validate-printable'

export interface RenderOptions {
  /** Defaults to the DejaVu Sans pair in assets/fonts. */
  fonts?: PrintFonts
}

/**
 * An A4 PDF of the document. The same document gives the same bytes: the creation date is the
 * document's `issuedAt` and the file id is derived from it.
 */
export async function renderPdf(
  doc: PrintableDocument,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  validatePrintable(doc)
  const fonts = options.fonts ?? loadPrintFonts()
  const pdf = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    font: fonts.regular,
    lang: doc.locale,
    info: {
      Title: `${doc.title} ${doc.number}`,
      Author: doc.issuer.name,
      CreationDate: new Date(doc.issuedAt),
    },
  })
  const chunks: Uint8Array[] = []
  const done = new Promise<void>((resolve, reject) => {
    pdf.on('data', (chunk) => chunks.push(chunk))
    pdf.on('end', resolve)
    pdf.on('error', reject)
  })
  pdf.registerFont('regular', fonts.regular)
  pdf.registerFont('bold', fonts.bold)

  addPage(pdf)
  const state: RenderState = { pdf, doc, y: 0, bottom: 0 }
  state.bottom = bodyBottom(state)
  drawFirstHeader(state)
  if (doc.recipient) drawRecipient(state, doc.recipient)
  drawTable(state)
  drawTotals(state)
  drawNotes(state)
  drawFooters(state)

  pdf.end()
  await done
  return Buffer.concat(chunks)
}
