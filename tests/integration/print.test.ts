import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { renderPdf } from '../../src/main/engine/print/render-pdf'
import { writePdf } from '../../src/main/engine/print/write-pdf'
import { formatMoney } from '../../src/shared/money'
import type { PrintableDocument } from '../../src/shared/domain/printable'
import { DaftarError } from '../../src/shared/errors'
import { pdfPages } from '../helpers/pdf-text'

/** A 96 x 32 PNG (a blue band with a white stripe), built here so the test needs no file. */
function logoPng(): Uint8Array {
  const [w, h] = [96, 32]
  const raw = Buffer.alloc((w * 3 + 1) * h)
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const white = y > 13 && y < 18 && x > 8 && x < 88
      raw.set(white ? [255, 255, 255] : [29, 79, 145], y * (w * 3 + 1) + 1 + x * 3)
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const out = Buffer.alloc(body.length + 8)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(zlib.crc32(body), body.length + 4)
    return out
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(w, 0)
  ihdr.writeUInt32BE(h, 4)
  ihdr.set([8, 2, 0, 0, 0], 8)
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

function invoice(rowCount: number): PrintableDocument {
  const rows = Array.from({ length: rowCount }, (_, i) => {
    const qty = BigInt(i + 1)
    const price = 125_000n + BigInt(i) * 1_000n
    return [
      String(i + 1),
      i === 0
        ? 'Bánh mì đặc biệt — thịt nguội, pa tê, rau thơm, dưa chua, nước sốt'
        : `Hàng hóa số ${i + 1}`,
      qty.toString(),
      formatMoney(price, 0, 'vi'),
      formatMoney(price * qty, 0, 'vi'),
    ]
  })
  return {
    title: 'Hóa đơn',
    number: 'INV-A-000042',
    dates: [
      { label: 'Ngày lập', value: '05/01/2026' },
      { label: 'Hạn thanh toán', value: '04/02/2026' },
    ],
    issuer: {
      name: 'Công ty TNHH Đại Việt',
      addressLines: ['12 Nguyễn Huệ, Quận 1', 'Thành phố Hồ Chí Minh'],
      taxId: '0312345678',
      logo: logoPng(),
    },
    recipient: {
      name: 'Cửa hàng Phương Đông',
      addressLines: ['45 Lê Lợi', 'Đà Nẵng'],
      taxId: '0409876543',
    },
    columns: [
      { key: 'n', label: '#', align: 'end', weight: 0.5 },
      { key: 'item', label: 'Mô tả', align: 'start', weight: 5 },
      { key: 'qty', label: 'SL', align: 'end', weight: 0.8 },
      { key: 'price', label: 'Đơn giá', align: 'end', weight: 1.6 },
      { key: 'amount', label: 'Thành tiền', align: 'end', weight: 1.8 },
    ],
    rows,
    totals: [
      { label: 'Cộng tiền hàng', value: formatMoney(232_000_000n, 0, 'vi') },
      { label: 'Thuế GTGT 10%', value: formatMoney(23_200_000n, 0, 'vi') },
      { label: 'Tổng cộng (VND)', value: formatMoney(255_200_000n, 0, 'vi'), emphasis: true },
    ],
    notes: 'Cảm ơn quý khách đã mua hàng. Vui lòng thanh toán trước ngày đến hạn.',
    footer: 'Ngân hàng Vietcombank · STK 0071000123456 · Công ty TNHH Đại Việt',
    locale: 'vi',
    direction: 'ltr',
    labels: { recipient: 'Khách hàng', taxId: 'MST', page: 'Trang {page}/{pages}' },
    issuedAt: '2026-01-05',
  }
}

function pageCount(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString('latin1')
  const count = /\/Type \/Pages\s*\/Count (\d+)/.exec(text) ?? /\/Count (\d+)/.exec(text)
  return Number(count?.[1])
}

/** Every ToUnicode map the fonts carry, inflated, so text is checkable without poppler. */
function unicodeMaps(pdf: Uint8Array): string {
  const bytes = Buffer.from(pdf)
  const text = bytes.toString('latin1')
  const maps: string[] = []
  for (const match of text.matchAll(/stream\n/g)) {
    const start = match.index + match[0].length
    const end = text.indexOf('\nendstream', start)
    try {
      const body = zlib.inflateSync(bytes.subarray(start, end)).toString('latin1')
      if (body.includes('begincmap')) maps.push(body)
    } catch {
      // not a deflated stream (an image): not a map
    }
  }
  return maps.join('\n')
}

describe('print: PDF rendering', () => {
  it('renders a 60-row invoice on 3 A4 pages with an embedded Unicode font', async () => {
    const pdf = await renderPdf(invoice(60))
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-')
    expect(pageCount(pdf)).toBe(3)
    const text = Buffer.from(pdf).toString('latin1')
    expect(text).toContain('/MediaBox [0 0 595.28 841.89]')
    expect(text).toContain('/FontFile2')
    // The glyphs of "ệ" (U+1EC7) and "đ" (U+0111) are in the embedded subset's Unicode map.
    const maps = unicodeMaps(pdf)
    expect(maps).toMatch(/<1ec7>/i)
    expect(maps).toMatch(/<0111>/i)
  })

  it('gives the same bytes for the same document', async () => {
    const [a, b] = await Promise.all([renderPdf(invoice(5)), renderPdf(invoice(5))])
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0)
    expect(pageCount(a)).toBe(1)
  })

  it('prints the expected text, Vietnamese included, with the header on every page', async () => {
    const pages = pdfPages(await renderPdf(invoice(60)))
    expect(pages).toHaveLength(3)
    expect(pages[0]).toContain('Công ty TNHH Đại Việt')
    expect(pages[0]).toContain('Hóa đơn')
    expect(pages[0]).toContain('INV-A-000042')
    expect(pages[0]).toContain('Cửa hàng Phương Đông')
    expect(pages[0]).toContain('Bánh mì đặc biệt')
    for (const [i, page] of pages.entries()) {
      expect(page).toContain('Thành tiền')
      expect(page).toContain(`Trang ${i + 1}/3`)
      expect(page).toContain('STK 0071000123456')
    }
    expect(pages[2]).toContain('Hàng hóa số 60')
    expect(pages[2]).toMatch(/Tổng cộng \(VND\)\s+255\.200\.000/)
    expect(pages[2]).toContain('Cảm ơn quý khách')
  })

  it('refuses a row whose cells do not match the columns, naming the row', async () => {
    const doc = invoice(3)
    doc.rows[1] = ['2', 'short']
    const error = await renderPdf(doc).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DaftarError)
    expect((error as DaftarError).details).toEqual({ field: 'rows', line: 2 })
  })

  it('writes the file whole through a temp file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'daftar-print-'))
    const target = path.join(dir, 'invoice.pdf')
    fs.writeFileSync(target, 'old')
    await writePdf(invoice(2), target)
    expect(fs.readFileSync(target).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(fs.readdirSync(dir)).toEqual(['invoice.pdf'])
    const bad = { ...invoice(2), columns: [] }
    await expect(writePdf(bad, target)).rejects.toThrow(/at least one column/)
    expect(fs.readdirSync(dir)).toEqual(['invoice.pdf'])
  })
})
