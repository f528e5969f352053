import zlib from 'node:zlib'

/**
 * The text runs of a PDF as Daftar's printer (pdfkit) writes it, without poppler: each BT..ET
 * block's glyphs decoded through its font's ToUnicode map. Enough to check what a page says; not
 * a general PDF reader (it expects pdfkit's uncompressed objects and deflated streams).
 */
export function pdfTextRuns(pdf: Uint8Array): string[] {
  return pdfPageRuns(pdf).flat()
}

/** Each page's text, in page order: its runs one a line, so `\s+` spans from a label to its value. */
export function pdfPages(pdf: Uint8Array): string[] {
  return pdfPageRuns(pdf).map((runs) => runs.join('\n'))
}

/** Each page's text runs, pages in the order of the page tree. */
function pdfPageRuns(pdf: Uint8Array): string[][] {
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
  const tree = [...objects.values()].find(({ dict }) => /\/Type \/Pages\b/.test(dict))
  const kids = /\/Kids \[([^\]]*)\]/.exec(tree?.dict ?? '')?.[1] ?? ''
  return [...kids.matchAll(/(\d+) 0 R/g)].map(([, page]) => {
    const contents = ref(objects.get(page!)?.dict ?? '', 'Contents')
    const stream = objects.get(contents ?? '')?.stream
    if (!stream) throw new Error(`Page object ${page} has no content stream to read`)
    return textRuns(stream, fonts)
  })
}

/**
 * The runs of one content stream: each BT..ET block's glyphs through the fonts' maps. A font set
 * outside a block (pdfkit sets it where the text state changes) holds for the blocks after it.
 */
function textRuns(stream: string, fonts: Map<string, Map<number, string>>): string[] {
  const runs: string[] = []
  let font = new Map<number, string>()
  let run: string | null = null
  for (const [token, name, hex] of stream.matchAll(
    /^BT$|^ET$|\/(F\d+) [\d.]+ Tf|<([0-9a-f]+)>/gm,
  )) {
    if (token === 'BT') run = ''
    else if (token === 'ET' && run !== null) {
      runs.push(run)
      run = null
    } else if (name) font = fonts.get(name) ?? new Map()
    else if (hex && run !== null)
      for (let i = 0; i < hex.length; i += 4)
        run += font.get(parseInt(hex.slice(i, i + 4), 16)) ?? '?'
  }
  return runs
}

/**
 * Glyph id to text, from a ToUnicode CMap's bfrange arrays and bfchar pairs. A glyph's text is
 * UTF-16 and may be more than one character (a ligature: `<0066 0069>` is "fi").
 */
function glyphMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>()
  const text = (hex: string) =>
    String.fromCharCode(...(hex.replace(/ /g, '').match(/.{4}/g) ?? []).map((u) => parseInt(u, 16)))
  for (const [, from, list] of cmap.matchAll(/<([0-9a-f]+)> <[0-9a-f]+> \[([^\]]*)\]/g)) {
    const start = parseInt(from!, 16)
    ;[...list!.matchAll(/<([0-9a-f ]+)>/g)].forEach(([, hex], i) => map.set(start + i, text(hex!)))
  }
  for (const [, glyph, hex] of cmap.matchAll(/^<([0-9a-f]+)> <([0-9a-f ]+)>$/gm))
    map.set(parseInt(glyph!, 16), text(hex!))
  return map
}
