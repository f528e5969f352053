// The part of pdfkit's API the print module uses (the package ships no types).
declare module 'pdfkit' {
  interface PdfDocumentOptions {
    size?: [number, number] | string
    margins?: { top: number; bottom: number; left: number; right: number }
    autoFirstPage?: boolean
    bufferPages?: boolean
    compress?: boolean
    font?: Uint8Array
    lang?: string
    info?: { Title?: string; Author?: string; Subject?: string; CreationDate?: Date }
  }

  interface TextOptions {
    lineBreak?: boolean
    features?: string[]
  }

  interface ImageOptions {
    fit?: [number, number]
    align?: 'left' | 'center' | 'right'
    valign?: 'top' | 'center' | 'bottom'
  }

  export default class PDFDocument {
    constructor(options?: PdfDocumentOptions)
    registerFont(name: string, src: Uint8Array): this
    font(name: string): this
    fontSize(size: number): this
    fillColor(color: string): this
    strokeColor(color: string): this
    lineWidth(width: number): this
    text(text: string, x: number, y: number, options?: TextOptions): this
    widthOfString(text: string): number
    currentLineHeight(includeGap?: boolean): number
    image(src: Uint8Array, x: number, y: number, options?: ImageOptions): this
    rect(x: number, y: number, width: number, height: number): this
    moveTo(x: number, y: number): this
    lineTo(x: number, y: number): this
    fill(color?: string): this
    stroke(color?: string): this
    addPage(options?: PdfDocumentOptions): this
    bufferedPageRange(): { start: number; count: number }
    switchToPage(index: number): this
    on(event: 'data', listener: (chunk: Uint8Array) => void): this
    on(event: 'end', listener: () => void): this
    on(event: 'error', listener: (error: Error) => void): this
    end(): void
  }
}
