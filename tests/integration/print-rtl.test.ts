import { describe, expect, it } from 'vitest'
import { renderPdf } from '../../src/main/engine/print/render-pdf'
import { drawPieces, visualRuns } from '../../src/main/engine/print/bidi'
import { formatMoney } from '../../src/shared/money'
import type { PrintableDocument } from '../../src/shared/domain/printable'
import { pdfPages } from '../helpers/pdf-text'

function persianInvoice(rowCount: number): PrintableDocument {
  return {
    title: 'فاکتور فروش',
    number: 'INV-B-000007',
    dates: [
      { label: 'تاریخ صدور', value: '۱۴۰۴/۱۰/۱۵' },
      { label: 'سررسید', value: '۱۴۰۴/۱۱/۱۵' },
    ],
    issuer: {
      name: 'شرکت بازرگانی دفتر',
      addressLines: ['تهران، خیابان ولیعصر، پلاک ۱۲'],
      taxId: '10103456789',
    },
    recipient: { name: 'فروشگاه پارس', addressLines: ['شیراز، بلوار زند'], taxId: null },
    columns: [
      { key: 'n', label: 'ردیف', align: 'start', weight: 0.6 },
      { key: 'item', label: 'شرح کالا', align: 'start', weight: 4 },
      { key: 'qty', label: 'تعداد', align: 'end', weight: 1 },
      { key: 'amount', label: 'مبلغ (ریال)', align: 'end', weight: 2 },
    ],
    rows: Array.from({ length: rowCount }, (_, i) => [
      new Intl.NumberFormat('fa').format(i + 1),
      i === 0 ? 'چای سبز ایرانی، بسته ۵۰۰ گرمی (Lahijan)' : `کالای شماره ${i + 1}`,
      new Intl.NumberFormat('fa').format(i + 2),
      formatMoney(BigInt(i + 1) * 1_250_000n, 0, 'fa'),
    ]),
    totals: [
      { label: 'جمع', value: formatMoney(15_000_000n, 0, 'fa') },
      { label: 'مالیات بر ارزش افزوده', value: formatMoney(1_500_000n, 0, 'fa') },
      { label: 'مبلغ قابل پرداخت', value: formatMoney(16_500_000n, 0, 'fa'), emphasis: true },
    ],
    notes: 'لطفاً مبلغ را به حساب شماره 0101-2345-6789 واریز کنید.',
    footer: 'با سپاس از خرید شما',
    locale: 'fa',
    direction: 'rtl',
    labels: { recipient: 'خریدار', taxId: 'شناسه ملی', page: 'صفحه {page} از {pages}' },
    issuedAt: '2026-01-05T09:30:00Z',
  }
}

describe('print: right to left', () => {
  it('orders a mixed line visually: Persian words right to left, numbers and Latin left to right', () => {
    expect(visualRuns('کالای شماره 12', 'rtl')).toEqual([
      { text: '12', rtl: false },
      { text: 'کالای شماره ', rtl: true },
    ])
    expect(visualRuns('Total: ۱۲٬۵۰۰ ریال', 'ltr')).toEqual([
      { text: 'Total: ۱۲٬۵۰۰ ', rtl: false },
      { text: 'ریال', rtl: true },
    ])
    const runs = visualRuns('INV-1 (فاکتور)', 'rtl')
    expect(runs.map((r) => r.text)).toEqual([' (فاکتور)', 'INV-1'])
    // Words in visual order, brackets mirrored; the font turns each word's letters around.
    expect(drawPieces(runs[0]!)).toEqual([')فاکتور(', ' '])
    expect(drawPieces({ text: '۱۲۵', rtl: false })).toEqual(['۱', '۲', '۵'])
  })

  it('renders a Persian invoice with Arabic-script glyphs embedded', async () => {
    const pdf = await renderPdf(persianInvoice(12))
    const text = Buffer.from(pdf).toString('latin1')
    expect(text.startsWith('%PDF-')).toBe(true)
    expect(text).toMatch(/\/Count 1\b/)
    expect(text).toContain('/Lang (fa)')
  })

  it('puts Persian page numbers on the page', async () => {
    const pages = pdfPages(await renderPdf(persianInvoice(70)))
    expect(pages).toHaveLength(3)
    const text = pages.join('\n')
    // "صفحه N از ۳" at each page's foot, in drawing order: right to left, and each word's letters
    // as the font's glyphs come (so "از" reads "زا").
    for (const [i, page] of pages.entries()) {
      const number = new Intl.NumberFormat('fa').format(i + 1)
      expect(page.split('\n').slice(-4)).toEqual(['۳', 'زا', number, 'هحفص'])
    }
    expect(text).toContain('INV-B-000007')
    expect(text).toContain('10103456789')
    expect(text).toContain('0101-2345-6789')
  })
})
