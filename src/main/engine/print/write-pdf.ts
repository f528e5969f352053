import fs from 'node:fs'
import path from 'node:path'
import type { PrintableDocument } from '../../../shared/domain/printable'
import { renderPdf, type RenderOptions } from './render-pdf'

/**
 * Renders the document and writes it to `target` all at once: a temp file beside it, then a rename,
 * so a reader never sees half a PDF and a failed render leaves any earlier file intact.
 */
export async function writePdf(
  doc: PrintableDocument,
  target: string,
  options: RenderOptions = {},
): Promise<void> {
  const bytes = await renderPdf(doc, options)
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${Date.now()}.partial`,
  )
  try {
    fs.writeFileSync(temp, bytes, { flag: 'wx' })
    fs.renameSync(temp, target)
  } catch (error) {
    fs.rmSync(temp, { force: true })
    throw error
  }
}
