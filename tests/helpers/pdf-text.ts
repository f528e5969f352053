import zlib from 'node:zlib'

/**
 * The text runs of a PDF as Daftar's printer (pdfkit) writes it, without poppler: each BT..ET
 * block's glyphs decoded through its font's ToUnicode map. Enough to check what a page says; not
 * a general PDF reader (it expects pdfkit's uncompressed objects and deflated streams).
 */
export function pdfTextRuns(pdf: Uint8Array): string[] {
  const bytes = Buffer.from(pdf)
  const text = bytes.toString('latin1')
  const objects = new Map<string, { dict: string; stream: string | null }>()
  for (const match of text.matchAll(/(\d+) 0 obj\n([\s\S]*?)\nendobj/g)) {
    const body = match[2]!
    const at = body.indexOf('stream\n')
    let stream: string | null = null
    if (at >= 0) {
      const start = match.index + match[0].indexOf(body) + at + 'stream\n'.length
      const end = text.indexOf('\nendstream', start)
      try {
        stream = zlib.inflateSync(bytes.subarray(start, end)).toString('latin1')
      } catch {
        stream = null // an image or a font file
      }
    }
    objects.set(match[1]!, { dict: at >= 0 ? body.slice(0, at) : body, stream })
  }
  const ref = (dict: string, key: string) => new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]
  const fonts = new Map<string, Map<number, string>>()
  for (const { dict } of objects.values()) {
    for (const [, name, id] of dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const unicode = ref(objects.get(id!)?.dict ?? '', 'ToUnicode')
      const cmap = unicode && objects.get(unicode)?.stream
      if (cmap) fonts.set(name!, glyphMap(cmap))
    }
  }
  const runs: string[] = []
  for (const { dict, stream } of objects.values()) {
    if (!stream || dict.includes('/Subtype') || !stream.includes(' Tf')) continue
    let font = new Map<number, string>()
    for (const block of stream.matchAll(/BT\n([\s\S]*?)\nET/g)) {
      let run = ''
      for (const [, name, hex] of block[1]!.matchAll(/\/(F\d+) [\d.]+ Tf|<([0-9a-f]+)>/g)) {
        if (name) font = fonts.get(name) ?? new Map()
        else
          for (let i = 0; i < hex!.length; i += 4)
            run += font.get(parseInt(hex!.slice(i, i + 4), 16)) ?? '?'
      }
      runs.push(run)
    }
  }
  return runs
}

/** Glyph id to text, from a ToUnicode CMap's bfrange arrays and bfchar pairs. */
function glyphMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>()
  const char = (hex: string) => String.fromCodePoint(parseInt(hex, 16))
  for (const [, from, list] of cmap.matchAll(/<([0-9a-f]+)> <[0-9a-f]+> \[([^\]]*)\]/g)) {
    const start = parseInt(from!, 16)
    ;[...list!.matchAll(/<([0-9a-f]+)>/g)].forEach(([, hex], i) => map.set(start + i, char(hex!)))
  }
  for (const [, glyph, hex] of cmap.matchAll(/^<([0-9a-f]+)> <([0-9a-f]+)>$/gm))
    map.set(parseInt(glyph!, 16), char(hex!))
  return map
}
