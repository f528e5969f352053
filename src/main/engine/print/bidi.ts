import type { PrintDirection } from '../../../shared/domain/printable'

/** A piece of one line, in visual order (left to right on the page). */
export interface VisualRun {
  text: string
  rtl: boolean
}

type Strong = 'L' | 'R'
type CharClass = Strong | 'N'

// Hebrew, Arabic, Syriac, Thaana, NKo ... and the Arabic presentation forms; digits are numbers.
const RTL_LETTER =
  /[\u0590-\u05FF\u0600-\u065F\u066A-\u06EF\u06FA-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u
const LTR_LETTER = /[\p{L}\p{N}]/u

function classify(char: string): CharClass {
  if (RTL_LETTER.test(char)) return 'R'
  return LTR_LETTER.test(char) ? 'L' : 'N'
}

/**
 * A small subset of the Unicode bidi algorithm, enough for one-line business text: runs of
 * right-to-left letters, left-to-right words and numbers (which always read left to right), and
 * neutrals (spaces, punctuation) taking the side of their neighbours when both agree, otherwise
 * the paragraph's. No explicit embeddings, no mirrored brackets.
 */
export function visualRuns(text: string, direction: PrintDirection): VisualRun[] {
  const chars = Array.from(text)
  const base: Strong = direction === 'rtl' ? 'R' : 'L'
  const classes = chars.map(classify)
  const resolved: Strong[] = []
  for (let i = 0; i < chars.length;) {
    const cls = classes[i]
    if (cls !== 'N') {
      resolved.push(cls as Strong)
      i++
      continue
    }
    let end = i
    while (end < chars.length && classes[end] === 'N') end++
    const before = i === 0 ? base : resolved[i - 1]
    const after = end === chars.length ? base : (classes[end] as Strong)
    const side = before === after ? (before as Strong) : base
    for (let k = i; k < end; k++) resolved.push(side)
    i = end
  }
  const runs: VisualRun[] = []
  chars.forEach((char, i) => {
    const rtl = resolved[i] === 'R'
    const last = runs[runs.length - 1]
    if (last && last.rtl === rtl) last.text += char
    else runs.push({ text: char, rtl })
  })
  return direction === 'rtl' ? runs.reverse() : runs
}

/**
 * The words of a right-to-left run in visual order; spaces kept as their own pieces. Each word is
 * still in logical order: the font's shaping turns it around and joins its letters.
 */
export function rtlPieces(text: string): string[] {
  return text
    .split(/(\s+)/u)
    .filter((piece) => piece.length > 0)
    .reverse()
}
