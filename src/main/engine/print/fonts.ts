import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The Unicode fonts a document is set in: Latin with Vietnamese marks, Arabic and Persian. */
export interface PrintFonts {
  regular: Uint8Array
  bold: Uint8Array
}

const FONT_DIR = path.join('assets', 'fonts')
const REGULAR = 'DejaVuSans.ttf'
const BOLD = 'DejaVuSans-Bold.ttf'

/**
 * assets/fonts sits at the project root in a checkout and at the app root in a package; the code
 * runs from src/main/engine/print (tsx, tests) or out/main (the bundle), so look upwards.
 */
export function findFontDirectory(start = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = start
  for (;;) {
    const candidate = path.join(dir, FONT_DIR)
    if (fs.existsSync(path.join(candidate, REGULAR))) return candidate
    const parent = path.dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  throw new Error(`Print fonts not found: no ${FONT_DIR}/${REGULAR} above ${start}`)
}

export function loadPrintFonts(directory = findFontDirectory()): PrintFonts {
  return {
    regular: fs.readFileSync(path.join(directory, REGULAR)),
    bold: fs.readFileSync(path.join(directory, BOLD)),
  }
}
