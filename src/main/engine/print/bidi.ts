import type { PrintDirection } from '../../../shared/domain/printable'

/** A piece of one line, in visual order (left to right on the page). */
export interface VisualRun {
  text: string
  rtl: boolean
}

type Strong = 'L' | 'R'
type CharClass = Strong | 'N'

// Hebrew, Arabic, Syriac, Thaana, NKo ... and the presentation forms. Arabic-Indic digits and
// their separators are numbers (read left to right); the Arabic comma, semicolon and question
// mark are punctuation.
const RTL_LETTER =
  /[\u0590-\u05FF\u0600-\u065F\u066D-\u06EF\u06FA-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u
const NUMBER = /[\p{N}\u066B\u066C]/u
const ARABIC_PUNCTUATION = /[\u060C\u061B\u061F]/u
const LTR_LETTER = /\p{L}/u
const ARABIC_SCRIPT = /[\u0600-\u06FF]/u

/** Brackets a right-to-left run shows turned around, as the bidi algorithm's mirroring does. */
const MIRROR: Record<string, string> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '<': '>',
  '>': '<',
  '«': '»',
  '»': '«',
}

function classify(char: string): CharClass {
  if (ARABIC_PUNCTUATION.test(char)) return 'N'
  if (NUMBER.test(char)) return 'L'
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
 * The pieces to draw, left to right, for one run. A right-to-left run gives its words in visual
 * order, each still logical (the font's shaping turns it around and joins its letters), brackets
 * mirrored. A left-to-right run with Arabic-script digits goes character by character, because the
 * font would lay out anything in Arabic script right to left.
 */
export function drawPieces(run: VisualRun): string[] {
  if (!run.rtl) return ARABIC_SCRIPT.test(run.text) ? Array.from(run.text) : [run.text]
  return Array.from(run.text, (char) => MIRROR[char] ?? char)
    .join('')
    .split(/(\s+)/u)
    .filter((piece) => piece.length > 0)
    .reverse()
}
