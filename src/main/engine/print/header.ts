import type { PrintableLabelValue, PrintableParty } from '../../../shared/domain/printable'
import { CONTENT, COLOR, PAGE, STYLE, physicalAlign, rule, sideBox, type Box } from './layout'
import type { RenderState } from './layout'
import { drawBlock, drawLine, lineHeight, setStyle } from './text'

const LOGO = { width: 140, height: 56 }

/** Issuer (logo, name, address) on the start side; title, number and dates on the end side. */
export function drawFirstHeader(state: RenderState): void {
  const { pdf, doc } = state
  const dir = doc.direction
  const issuerBox = sideBox('start', CONTENT.width * 0.55, dir)
  const titleBox = sideBox('end', CONTENT.width * 0.4, dir)
  const top: number = PAGE.margin
  let y = top
  if (doc.issuer.logo && doc.issuer.logo.length > 0) {
    pdf.image(doc.issuer.logo, issuerBox.x, y, {
      fit: [LOGO.width, LOGO.height],
      align: physicalAlign('start', dir),
      valign: 'top',
    })
    y += LOGO.height + 8
  }
  y = drawParty(state, doc.issuer, issuerBox, y, STYLE.issuer)

  const start = physicalAlign('start', dir)
  const end = physicalAlign('end', dir)
  let right = top - 4
  right += drawBlock(pdf, doc.title, STYLE.title, titleBox, right, end, dir)
  right += drawBlock(pdf, doc.number, STYLE.number, titleBox, right + 2, end, dir) + 8
  right = drawLabelValues(state, doc.dates, titleBox, right, start, end)

  state.y = Math.max(y, right) + 10
  rule(pdf, CONTENT, state.y, COLOR.rule)
  state.y += 14
}

/** The recipient block with its heading, on the start side. */
export function drawRecipient(state: RenderState, recipient: PrintableParty): void {
  const dir = state.doc.direction
  const box = sideBox('start', CONTENT.width * 0.55, dir)
  const heading = state.doc.labels?.recipient ?? 'Bill to'
  state.y += drawBlock(
    state.pdf,
    heading,
    STYLE.label,
    box,
    state.y,
    physicalAlign('start', dir),
    dir,
  )
  state.y = drawParty(state, recipient, box, state.y + 2, STYLE.party) + 16
}

/** On every page after the first: the title and number, small, and a rule. */
export function drawRunningHeader(state: RenderState): void {
  const { pdf, doc } = state
  const dir = doc.direction
  const y = PAGE.margin
  setStyle(pdf, STYLE.small)
  drawLine(pdf, `${doc.title} ${doc.number}`, CONTENT, y, physicalAlign('start', dir), dir)
  drawLine(pdf, doc.issuer.name, CONTENT, y, physicalAlign('end', dir), dir)
  state.y = y + lineHeight(STYLE.small) + 4
  rule(pdf, CONTENT, state.y, COLOR.rule)
  state.y += 12
}

function drawParty(
  state: RenderState,
  party: PrintableParty,
  box: Box,
  y: number,
  nameStyle: typeof STYLE.party,
): number {
  const { pdf, doc } = state
  const dir = doc.direction
  const align = physicalAlign('start', dir)
  let next = y + drawBlock(pdf, party.name, nameStyle, box, y, align, dir) + 2
  for (const line of party.addressLines) {
    next += drawBlock(pdf, line, STYLE.body, box, next, align, dir)
  }
  if (party.taxId) {
    const label = doc.labels?.taxId ?? 'Tax ID'
    next += drawBlock(pdf, `${label}: ${party.taxId}`, STYLE.body, box, next, align, dir)
  }
  return next
}

/** Label on the box's start side, value on its end side, one pair a line. */
function drawLabelValues(
  state: RenderState,
  pairs: PrintableLabelValue[],
  box: Box,
  y: number,
  start: 'left' | 'right',
  end: 'left' | 'right',
): number {
  const { pdf, doc } = state
  const half = { width: box.width / 2 - 4 }
  const labelBox = { x: start === 'left' ? box.x : box.x + box.width / 2 + 4, ...half }
  const valueBox = { x: start === 'left' ? box.x + box.width / 2 + 4 : box.x, ...half }
  let next = y
  for (const pair of pairs) {
    const a = drawBlock(pdf, pair.label, STYLE.small, labelBox, next, start, doc.direction)
    const b = drawBlock(pdf, pair.value, STYLE.body, valueBox, next, end, doc.direction)
    next += Math.max(a, b) + 1
  }
  return next
}
