import type PDFDocument from 'pdfkit'
import type {
  PrintAlign,
  PrintableDocument,
  PrintDirection,
} from '../../../shared/domain/printable'
import type { TextStyle } from './text'

/** A4 in points; all drawing stays inside the margins, the foot of the page holds the footer. */
export const PAGE = { width: 595.28, height: 841.89, margin: 42 } as const
export const CONTENT = { x: PAGE.margin, width: PAGE.width - 2 * PAGE.margin } as const

export const COLOR = {
  text: '#1f2933',
  muted: '#616e7c',
  accent: '#1d4f91',
  rule: '#cbd2d9',
  faint: '#e4e7eb',
  band: '#eef2f7',
} as const

export const STYLE = {
  title: { bold: true, size: 22, color: COLOR.accent },
  number: { bold: true, size: 11, color: COLOR.text },
  issuer: { bold: true, size: 13, color: COLOR.text },
  party: { bold: true, size: 11, color: COLOR.text },
  body: { size: 9, color: COLOR.text },
  small: { size: 8.5, color: COLOR.muted },
  label: { bold: true, size: 8, color: COLOR.muted },
  cell: { size: 9, color: COLOR.text },
  head: { bold: true, size: 8.5, color: COLOR.text },
  total: { size: 9.5, color: COLOR.text },
  grand: { bold: true, size: 11, color: COLOR.text },
  footer: { size: 8, color: COLOR.muted },
} satisfies Record<string, TextStyle>

/** One render's moving parts: where the next thing goes and where the page's body ends. */
export interface RenderState {
  pdf: PDFDocument
  doc: PrintableDocument
  y: number
  /** Lowest y the body may reach on this page; below it is the footer. */
  bottom: number
}

export interface Box {
  x: number
  width: number
}

export function physicalAlign(align: PrintAlign, direction: PrintDirection): 'left' | 'right' {
  return (align === 'start') === (direction === 'ltr') ? 'left' : 'right'
}

/** A box of `width` against the content's start or end edge. */
export function sideBox(side: PrintAlign, width: number, direction: PrintDirection): Box {
  const left = physicalAlign(side, direction) === 'left'
  return { x: left ? CONTENT.x : CONTENT.x + CONTENT.width - width, width }
}

export function rule(pdf: PDFDocument, box: Box, y: number, color: string, width = 0.6): void {
  pdf
    .lineWidth(width)
    .strokeColor(color)
    .moveTo(box.x, y)
    .lineTo(box.x + box.width, y)
    .stroke()
}
