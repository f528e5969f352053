import type { PrintableDocument } from '../../../shared/domain/printable'
import { CONTENT, COLOR, STYLE, physicalAlign, rule, type Box, type RenderState } from './layout'
import { ensureSpace } from './pages'
import { drawLine, lineHeight, setStyle, wrapText, type TextStyle } from './text'

const PAD_X = 5
const PAD_Y = 4

interface Column {
  box: Box
  align: 'left' | 'right'
}

/** Column boxes by weight; the first column sits on the start side. */
function columnBoxes(doc: PrintableDocument): Column[] {
  const total = doc.columns.reduce((sum, c) => sum + c.weight, 0)
  let offset = 0
  return doc.columns.map((column) => {
    const width = (CONTENT.width * column.weight) / total
    const x =
      doc.direction === 'ltr' ? CONTENT.x + offset : CONTENT.x + CONTENT.width - offset - width
    offset += width
    return { box: { x, width }, align: physicalAlign(column.align, doc.direction) }
  })
}

function layoutRow(state: RenderState, cells: string[], columns: Column[], style: TextStyle) {
  setStyle(state.pdf, style)
  const lines = cells.map((cell, i) =>
    wrapText(state.pdf, cell, columns[i]!.box.width - 2 * PAD_X, state.doc.direction),
  )
  const height = Math.max(...lines.map((l) => l.length)) * lineHeight(style) + 2 * PAD_Y
  return { lines, height }
}

function drawRow(state: RenderState, lines: string[][], columns: Column[], style: TextStyle) {
  setStyle(state.pdf, style)
  lines.forEach((cellLines, i) => {
    const { box, align } = columns[i]!
    const inner = { x: box.x + PAD_X, width: box.width - 2 * PAD_X }
    cellLines.forEach((line, n) => {
      const y = state.y + PAD_Y + n * lineHeight(style)
      drawLine(state.pdf, line, inner, y, align, state.doc.direction)
    })
  })
}

function drawHeader(state: RenderState, columns: Column[]): void {
  const labels = state.doc.columns.map((c) => c.label)
  const { lines, height } = layoutRow(state, labels, columns, STYLE.head)
  state.pdf.rect(CONTENT.x, state.y, CONTENT.width, height).fill(COLOR.band)
  drawRow(state, lines, columns, STYLE.head)
  state.y += height
  rule(state.pdf, CONTENT, state.y, COLOR.rule)
}

/** The lines table: rows never split, and every page it reaches starts with its header. */
export function drawTable(state: RenderState): void {
  const columns = columnBoxes(state.doc)
  const header = layoutRow(
    state,
    state.doc.columns.map((c) => c.label),
    columns,
    STYLE.head,
  )
  ensureSpace(state, header.height + lineHeight(STYLE.cell) + 2 * PAD_Y)
  drawHeader(state, columns)
  for (const cells of state.doc.rows) {
    const row = layoutRow(state, cells, columns, STYLE.cell)
    if (ensureSpace(state, row.height)) drawHeader(state, columns)
    drawRow(state, row.lines, columns, STYLE.cell)
    state.y += row.height
    rule(state.pdf, CONTENT, state.y, COLOR.faint, 0.5)
  }
  state.y += 14
}
