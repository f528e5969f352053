/**
 * Sales tax arithmetic on bigint minor units, pure. Rates are hundredths of a percent (725 is
 * 7.25%), quantities thousandths of a unit. Every rounding is half away from zero.
 */
export const RATE_DENOMINATOR = 10_000n
export const QUANTITY_SCALE = 1_000n

/** numerator / denominator rounded half away from zero; denominator must be positive. */
export function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new Error('divideHalfUp needs a positive denominator')
  const negative = numerator < 0n
  const magnitude = negative ? -numerator : numerator
  const quotient = (magnitude * 2n + denominator) / (2n * denominator)
  return negative ? -quotient : quotient
}

/** The line's amount before tax treatment: quantity times unit price, rounded once. */
export function lineAmount(quantity: bigint, unitPrice: bigint): bigint {
  return divideHalfUp(quantity * unitPrice, QUANTITY_SCALE)
}

export interface TaxLineInput {
  /** quantity x price: net when prices exclude tax, gross when they include it. */
  amount: bigint
  /** Hundredths of a percent; 0 for no tax. */
  rate: bigint
  inclusive: boolean
  /** Lines taxed together when rounding per document: the tax code. */
  group: string
}

export interface TaxedLine {
  net: bigint
  tax: bigint
  gross: bigint
}

/** Tax as a fraction of `amount`: rate/10000 of net, or rate/(10000+rate) of a gross amount. */
function taxFraction(line: TaxLineInput): { numerator: bigint; denominator: bigint } {
  return {
    numerator: line.amount * line.rate,
    denominator: line.inclusive ? RATE_DENOMINATOR + line.rate : RATE_DENOMINATOR,
  }
}

function taxed(line: TaxLineInput, tax: bigint): TaxedLine {
  return line.inclusive
    ? { net: line.amount - tax, tax, gross: line.amount }
    : { net: line.amount, tax, gross: line.amount + tax }
}

/**
 * Taxes each line. Per line: each line's tax is rounded on its own. Per document: each group's
 * tax is rounded once on the group's total, then shared out to its lines (each rounded, the
 * remainder put on the group's largest line) so the lines still add up to the document.
 */
export function taxLines(
  lines: readonly TaxLineInput[],
  rounding: 'line' | 'document',
): TaxedLine[] {
  const perLine = lines.map((line) => {
    const { numerator, denominator } = taxFraction(line)
    return divideHalfUp(numerator, denominator)
  })
  if (rounding === 'line') return lines.map((line, index) => taxed(line, perLine[index]!))

  const groups = new Map<string, number[]>()
  lines.forEach((line, index) => {
    const key = `${line.group}|${line.rate}|${line.inclusive}`
    const members = groups.get(key)
    if (members) members.push(index)
    else groups.set(key, [index])
  })
  const taxes = [...perLine]
  for (const members of groups.values()) {
    const first = lines[members[0]!]!
    let numerator = 0n
    for (const index of members) numerator += lines[index]!.amount * first.rate
    const total = divideHalfUp(numerator, taxFraction(first).denominator)
    let shared = 0n
    for (const index of members) shared += taxes[index]!
    const largest = members.reduce((best, index) =>
      lines[index]!.amount > lines[best]!.amount ? index : best,
    )
    taxes[largest] = taxes[largest]! + (total - shared)
  }
  return lines.map((line, index) => taxed(line, taxes[index]!))
}

export function sumTaxed(lines: readonly TaxedLine[]): TaxedLine {
  const total = { net: 0n, tax: 0n, gross: 0n }
  for (const line of lines) {
    total.net += line.net
    total.tax += line.tax
    total.gross += line.gross
  }
  return total
}
