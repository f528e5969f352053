import type { SourceLine, StockDocumentLine, StockLineInput } from '../../shared/domain/inventory'
import { parseDecimal, QUANTITY_DECIMALS, quantityText } from '../sales/sales-numbers'

/**
 * One line on a clerk's screen: an item in its base unit, the quantity as typed (base
 * thousandths once parsed), and what was expected (left on the source, or on hand for a count).
 */
export interface ScanLine {
  key: string
  productId: string
  code: string
  name: string
  unit: string
  lotTracked: boolean
  quantity: string
  expected: bigint | null
  sourceLineNo: number | null
  lotNumber: string
  lotExpiry: string
  binId: string | null
  /** An adjustment's unit cost for stock coming in, as typed; empty takes the engine's default. */
  unitCost?: string
}

/** What a scan or a pick from the list stands for: `factor` base thousandths per one `unit`. */
export interface ScannedItem {
  productId: string
  code: string
  name: string
  baseUnit: string
  lotTracked: boolean
  unit: string
  factor: bigint
}

let nextKey = 0
const newKey = () => `line-${++nextKey}`

/** A key no line has, the same for the same lines (a state updater may run twice). */
function freeKey(lines: readonly ScanLine[], productId: string): string {
  const taken = new Set(lines.map((line) => line.key))
  let n = 0
  while (taken.has(`${productId}/${n}`)) n++
  return `${productId}/${n}`
}

/**
 * A line's quantity in base thousandths, below zero with a leading minus (an adjustment taking
 * stock out); empty counts as zero (a scan on a blank count line makes it 1), null when it does
 * not parse.
 */
export function lineQuantity(line: ScanLine, locale: string): bigint | null {
  // The locale may put a direction mark before the sign (Persian writes -1 as "\u200e−۱").
  const text = line.quantity.replace(/[\u200e\u200f\u061c]/g, '').trim()
  const minus = /^[-−]/.test(text)
  const parsed = parseDecimal(minus ? text.slice(1) : text, QUANTITY_DECIMALS, locale)
  if (parsed === null) return minus ? null : 0n
  if (!parsed.ok) return null
  return minus ? -parsed.value : parsed.value
}

/**
 * The lines after one scan: the item's first line still short of what is expected, else its last
 * line, goes up by the scanned unit (a box of 12 adds 12); an item not yet listed gets a line.
 */
export function addScan(
  lines: readonly ScanLine[],
  item: ScannedItem,
  locale: string,
  signed = false,
): { lines: ScanLine[]; key: string } {
  const own = lines.filter((line) => line.productId === item.productId)
  const short = own.find(
    (line) => line.expected !== null && (lineQuantity(line, locale) ?? 0n) < line.expected,
  )
  const target = short ?? own[own.length - 1]
  if (!target) {
    const line: ScanLine = {
      key: freeKey(lines, item.productId),
      productId: item.productId,
      code: item.code,
      name: item.name,
      unit: item.baseUnit,
      lotTracked: item.lotTracked,
      quantity: quantityText(item.factor, locale),
      expected: null,
      sourceLineNo: null,
      lotNumber: '',
      lotExpiry: '',
      binId: null,
    }
    return { lines: [...lines, line], key: line.key }
  }
  return { lines: stepLine(lines, target.key, item.factor, locale, signed), key: target.key }
}

/** The line's quantity moved by `delta` base thousandths, never below zero unless `signed`. */
export function stepLine(
  lines: readonly ScanLine[],
  key: string,
  delta: bigint,
  locale: string,
  signed = false,
): ScanLine[] {
  return lines.map((line) => {
    if (line.key !== key) return line
    const next = (lineQuantity(line, locale) ?? 0n) + delta
    return { ...line, quantity: quantityText(next < 0n && !signed ? 0n : next, locale) }
  })
}

/** Lines to receive or deliver from a source document: what is left, nothing yet scanned. */
export function linesFromSource(
  source: readonly SourceLine[],
  lotTracked: (productId: string) => boolean,
): ScanLine[] {
  return source
    .filter((line) => line.remaining > 0n)
    .map((line) => ({
      key: newKey(),
      productId: line.productId,
      code: line.productCode,
      name: line.productName,
      unit: line.unit,
      lotTracked: lotTracked(line.productId),
      quantity: '',
      expected: line.remaining,
      sourceLineNo: line.sourceLineNo,
      lotNumber: '',
      lotExpiry: '',
      binId: null,
    }))
}

/** A count line nothing was typed or scanned into: not counted, which is not a count of zero. */
export const isBlank = (line: ScanLine): boolean => line.quantity.trim() === ''

/**
 * A saved document's lines in base units (a count sheet: expected on hand, counted so far, blank
 * where not counted yet), counted quantities in the locale's digits.
 */
export function linesFromDocument(
  lines: readonly StockDocumentLine[],
  itemOf: (productId: string) => { unit: string; lotTracked: boolean } | undefined,
  locale: string,
): ScanLine[] {
  return lines.map((line) => ({
    key: newKey(),
    productId: line.productId,
    code: line.productCode,
    name: line.productName,
    unit: itemOf(line.productId)?.unit ?? line.unit,
    lotTracked: itemOf(line.productId)?.lotTracked ?? false,
    quantity: line.baseQuantity === null ? '' : quantityText(line.baseQuantity, locale),
    expected: line.expectedQuantity,
    sourceLineNo: line.sourceLineNo,
    lotNumber: line.lotNumber ?? '',
    lotExpiry: line.lotExpiry ?? '',
    binId: line.binId,
  }))
}

/**
 * The engine's lines and, for each, the screen line it came from (so an error on `lines.2` is
 * shown on the right line). Lines at zero are left out, except when `counting`: a count keeps
 * every line, zero counted being an answer and a blank line sent as not counted. An adjustment (`adjust`, with the currency's decimals) takes quantities below
 * zero and a typed unit cost on lines bringing stock in. Not ok names the line and what is wrong.
 */
export function toInput(
  lines: readonly ScanLine[],
  locale: string,
  counting: boolean,
  adjust?: { decimals: number },
):
  | { ok: true; lines: StockLineInput[]; keys: string[] }
  | { ok: false; key: string; problem: 'quantity' | 'cost' } {
  const input: StockLineInput[] = []
  const keys: string[] = []
  for (const line of lines) {
    const blank = counting && isBlank(line)
    const quantity = blank ? null : lineQuantity(line, locale)
    if (!blank && (quantity === null || (quantity < 0n && !adjust)))
      return { ok: false, key: line.key, problem: 'quantity' }
    if (quantity === 0n && !counting) continue
    const cost =
      adjust && quantity !== null && quantity > 0n
        ? parseDecimal(line.unitCost ?? '', adjust.decimals, locale)
        : null
    if (cost && !cost.ok) return { ok: false, key: line.key, problem: 'cost' }
    input.push({
      productId: line.productId,
      quantity,
      ...(cost ? { unitCost: cost.value } : {}),
      ...(line.lotNumber.trim() ? { lotNumber: line.lotNumber.trim() } : {}),
      ...(line.lotExpiry ? { lotExpiry: line.lotExpiry } : {}),
      ...(line.binId ? { binId: line.binId } : {}),
      ...(line.sourceLineNo !== null ? { sourceLineNo: line.sourceLineNo } : {}),
    })
    keys.push(line.key)
  }
  return { ok: true, lines: input, keys }
}

/** The index in `lines.N.field` of an engine error, if it names a line. */
export function errorLineIndex(field: string | undefined): number | null {
  const match = field ? /^lines\.(\d+)/.exec(field) : null
  return match?.[1] ? Number(match[1]) : null
}

/**
 * What was already scanned, carried onto a new set of lines (a source chosen after scanning): each
 * old line's quantity lands as a scan of that many would, so nothing counted is dropped.
 */
export function carryOver(
  next: readonly ScanLine[],
  scanned: readonly ScanLine[],
  locale: string,
): ScanLine[] {
  let lines = [...next]
  for (const line of scanned) {
    const quantity = lineQuantity(line, locale) ?? 0n
    if (quantity <= 0n) continue
    const item: ScannedItem = {
      productId: line.productId,
      code: line.code,
      name: line.name,
      baseUnit: line.unit,
      lotTracked: line.lotTracked,
      unit: line.unit,
      factor: quantity,
    }
    lines = addScan(lines, item, locale).lines
  }
  return lines
}
