import type PDFDocument from 'pdfkit'
import { drawRunningHeader } from './header'
import {
  CONTENT,
  COLOR,
  PAGE,
  STYLE,
  physicalAlign,
  rule,
  sideBox,
  type RenderState,
} from './layout'
import { drawLine, lineHeight, setStyle, wrapText } from './text'

const NO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 }
const PAGE_LABEL_WIDTH = 110

export function addPage(pdf: PDFDocument): void {
  // pdfkit's own margins stay zero: it would otherwise start pages by itself when text nears
  // the bottom. The layout keeps to PAGE.margin.
  pdf.addPage({ size: [PAGE.width, PAGE.height], margins: NO_MARGINS })
}

/** Starts a new page when `height` does not fit; returns whether it did. */
export function ensureSpace(state: RenderState, height: number): boolean {
  if (state.y + height <= state.bottom) return false
  addPage(state.pdf)
  drawRunningHeader(state)
  return true
}

function footerLines(state: RenderState): string[] {
  const footer = state.doc.footer?.trim()
  if (!footer) return []
  setStyle(state.pdf, STYLE.footer)
  return wrapText(state.pdf, footer, CONTENT.width - PAGE_LABEL_WIDTH - 12, state.doc.direction)
}

/** Where the body must stop so the footer and page number fit below it. */
export function bodyBottom(state: RenderState): number {
  const lines = Math.max(1, footerLines(state).length)
  return PAGE.height - PAGE.margin - lines * lineHeight(STYLE.footer) - 14
}

/** Footer text on the start side and "Page N of M" on the end side of every buffered page. */
export function drawFooters(state: RenderState): void {
  const { pdf, doc } = state
  const dir = doc.direction
  const lines = footerLines(state)
  const top = bodyBottom(state) + 6
  const template = doc.labels?.page ?? 'Page {page} of {pages}'
  const digits = new Intl.NumberFormat(doc.locale, { useGrouping: false })
  const range = pdf.bufferedPageRange()
  const textBox = sideBox('start', CONTENT.width - PAGE_LABEL_WIDTH - 12, dir)
  const pageBox = sideBox('end', PAGE_LABEL_WIDTH, dir)
  for (let i = 0; i < range.count; i++) {
    pdf.switchToPage(range.start + i)
    rule(pdf, CONTENT, top, COLOR.faint)
    setStyle(pdf, STYLE.footer)
    lines.forEach((line, n) => {
      drawLine(
        pdf,
        line,
        textBox,
        top + 6 + n * lineHeight(STYLE.footer),
        physicalAlign('start', dir),
        dir,
      )
    })
    const label = template
      .replace('{page}', digits.format(i + 1))
      .replace('{pages}', digits.format(range.count))
    drawLine(pdf, label, pageBox, top + 6, physicalAlign('end', dir), dir)
  }
}
