import type PDFDocument from 'pdfkit'
import type { PrintDirection } from '../../../shared/domain/printable'
import { drawPieces, visualRuns } from './bidi'

export interface TextStyle {
  bold?: boolean
  size: number
  color: string
}

export type PhysicalAlign = 'left' | 'right' | 'center'

export const LINE_SPACING = 1.3

export function setStyle(pdf: PDFDocument, style: TextStyle): void {
  pdf
    .font(style.bold ? 'bold' : 'regular')
    .fontSize(style.size)
    .fillColor(style.color)
}

export function lineHeight(style: TextStyle): number {
  return style.size * LINE_SPACING
}

/** Width of one line in the current style, measured as it will be drawn (shaped, run by run). */
export function measureLine(pdf: PDFDocument, line: string, direction: PrintDirection): number {
  return visualRuns(line, direction).reduce((sum, run) => sum + pdf.widthOfString(run.text), 0)
}

/** Breaks text into lines no wider than `width` in the current style: at spaces, else anywhere. */
export function wrapText(
  pdf: PDFDocument,
  text: string,
  width: number,
  direction: PrintDirection,
): string[] {
  const lines: string[] = []
  for (const paragraph of text.split(/\r?\n/u)) {
    let line = ''
    for (const word of paragraph.split(/\s+/u).filter((w) => w.length > 0)) {
      const candidate = line === '' ? word : `${line} ${word}`
      if (measureLine(pdf, candidate, direction) <= width) {
        line = candidate
        continue
      }
      if (line !== '') lines.push(line)
      line = ''
      for (const char of Array.from(word)) {
        if (line !== '' && measureLine(pdf, line + char, direction) > width) {
          lines.push(line)
          line = ''
        }
        line += char
      }
    }
    lines.push(line)
  }
  return lines
}

/** Draws one line inside [x, x + width] with its runs in visual order; y is the line's top. */
export function drawLine(
  pdf: PDFDocument,
  line: string,
  box: { x: number; width: number },
  y: number,
  align: PhysicalAlign,
  direction: PrintDirection,
): void {
  const runs = visualRuns(line, direction)
  const total = runs.reduce((sum, run) => sum + pdf.widthOfString(run.text), 0)
  let x = box.x
  if (align === 'right') x = box.x + box.width - total
  if (align === 'center') x = box.x + (box.width - total) / 2
  for (const run of runs) {
    for (const piece of drawPieces(run)) {
      if (piece.trim() !== '') pdf.text(piece, x, y, { lineBreak: false })
      x += pdf.widthOfString(piece)
    }
  }
}

/** Wraps and draws a block of text; returns the height used. */
export function drawBlock(
  pdf: PDFDocument,
  text: string,
  style: TextStyle,
  box: { x: number; width: number },
  y: number,
  align: PhysicalAlign,
  direction: PrintDirection,
): number {
  setStyle(pdf, style)
  const lines = wrapText(pdf, text, box.width, direction)
  lines.forEach((line, i) => drawLine(pdf, line, box, y + i * lineHeight(style), align, direction))
  return lines.length * lineHeight(style)
}
