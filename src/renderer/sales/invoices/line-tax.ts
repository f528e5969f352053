/**
 * The engine's sales tax arithmetic (src/main/engine/sales/tax-math.ts) repeated for the
 * renderer, which cannot import engine code: it totals the invoice as it is typed. The saved
 * document is taxed by the engine; the unit tests hold the two to the same answers.
 * Rates are hundredths of a percent, quantities thousandths; rounding is half away from zero.
 */
const RATE_DENOMINATOR = 10_000n
const QUANTITY_SCALE = 1_000n

function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n
  const magnitude = negative ? -numerator : numerator
  const quotient = (magnitude * 2n + denominator) / (2n * denominator)
  return negative ? -quotient : quotient
}

export function lineAmount(quantity: bigint, unitPrice: bigint): bigint {
  return divideHalfUp(quantity * unitPrice, QUANTITY_SCALE)
}

export interface TaxLine {
  amount: bigint
  rate: bigint
  inclusive: boolean
  group: string
}

export interface Taxed {
  net: bigint
  tax: bigint
  gross: bigint
}

const denominatorOf = (line: TaxLine) =>
  line.inclusive ? RATE_DENOMINATOR + line.rate : RATE_DENOMINATOR

const taxed = (line: TaxLine, tax: bigint): Taxed =>
  line.inclusive
    ? { net: line.amount - tax, tax, gross: line.amount }
    : { net: line.amount, tax, gross: line.amount + tax }

/** Per line, or per document (each tax group rounded once, the remainder on its largest line). */
export function taxLines(lines: readonly TaxLine[], rounding: 'line' | 'document'): Taxed[] {
  const taxes = lines.map((line) => divideHalfUp(line.amount * line.rate, denominatorOf(line)))
  if (rounding === 'document') {
    const groups = new Map<string, number[]>()
    lines.forEach((line, index) => {
      const key = `${line.group}|${line.rate}|${line.inclusive}`
      groups.set(key, [...(groups.get(key) ?? []), index])
    })
    for (const members of groups.values()) {
      const first = lines[members[0]!]!
      const amount = members.reduce((sum, index) => sum + lines[index]!.amount, 0n)
      const total = divideHalfUp(amount * first.rate, denominatorOf(first))
      const shared = members.reduce((sum, index) => sum + taxes[index]!, 0n)
      const largest = members.reduce((best, index) =>
        lines[index]!.amount > lines[best]!.amount ? index : best,
      )
      taxes[largest] = taxes[largest]! + (total - shared)
    }
  }
  return lines.map((line, index) => taxed(line, taxes[index]!))
}

export function sumTaxed(lines: readonly Taxed[]): Taxed {
  return lines.reduce(
    (total, line) => ({
      net: total.net + line.net,
      tax: total.tax + line.tax,
      gross: total.gross + line.gross,
    }),
    { net: 0n, tax: 0n, gross: 0n },
  )
}
