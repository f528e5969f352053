import type { PrintedPdf } from '../../../shared/domain/sales-flow'

/** The PDF's base64 as bytes in a Blob, so the browser can save it. */
export function pdfBlob(pdf: PrintedPdf): Blob {
  const binary = atob(pdf.base64)
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index)
  return new Blob([bytes], { type: pdf.mimeType })
}

/** Saves the PDF under its own file name (the document's number) through a temporary link. */
export function downloadPdf(pdf: PrintedPdf): void {
  const url = URL.createObjectURL(pdfBlob(pdf))
  const link = document.createElement('a')
  link.href = url
  link.download = pdf.fileName
  document.body.append(link)
  link.click()
  link.remove()
  // The click reads the URL synchronously; revoke on the next turn so the save can start.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
