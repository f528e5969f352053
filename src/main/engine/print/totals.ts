import { CONTENT, COLOR, STYLE, physicalAlign, rule, sideBox, type RenderState } from './layout'
import { ensureSpace } from './pages'
import { drawLine, lineHeight, setStyle, wrapText } from './text'

const ROW_GAP = 5

/** Totals against the end side, kept together on one page; emphasised rows ruled and bold. */
export function drawTotals(state: RenderState): void {
  const { pdf, doc } = state
  if (doc.totals.length === 0) return
  const dir = doc.direction
  const box = sideBox('end', Math.min(250, CONTENT.width * 0.45), dir)
  const heights = doc.totals.map(
    (t) => lineHeight(t.emphasis ? STYLE.grand : STYLE.total) + ROW_GAP,
  )
  ensureSpace(state, heights.reduce((a, b) => a + b, 0) + 8)
  const start = physicalAlign('start', dir)
  const end = physicalAlign('end', dir)
  doc.totals.forEach((total, i) => {
    const style = total.emphasis ? STYLE.grand : STYLE.total
    if (total.emphasis) {
      rule(pdf, box, state.y, COLOR.text, 0.9)
      state.y += 4
    }
    setStyle(pdf, style)
    drawLine(pdf, total.label, box, state.y, start, dir)
    drawLine(pdf, total.value, box, state.y, end, dir)
    state.y += heights[i]!
  })
  state.y += 10
}

/** Notes in full width, flowing onto a new page line by line when needed. */
export function drawNotes(state: RenderState): void {
  const notes = state.doc.notes?.trim()
  if (!notes) return
  const { pdf, doc } = state
  const dir = doc.direction
  const start = physicalAlign('start', dir)
  setStyle(pdf, STYLE.body)
  const lines = wrapText(pdf, notes, CONTENT.width, dir)
  ensureSpace(state, 2 * lineHeight(STYLE.body))
  for (const line of lines) {
    ensureSpace(state, lineHeight(STYLE.body))
    setStyle(pdf, STYLE.body)
    drawLine(pdf, line, CONTENT, state.y, start, dir)
    state.y += lineHeight(STYLE.body)
  }
}
