import type { ImportProblem } from '../../../shared/errors'
import { parseMoney, type ParseMoneyFailure } from '../../../shared/money'

/** Quantities are thousandths of the unit: 1.5 is 1500. */
export const QUANTITY_DECIMALS = 3

const NUMBER_MESSAGES: Record<ParseMoneyFailure, (decimals: number) => string> = {
  'not-a-number': () => 'is not a number (write it like 1234.56, without thousands separators)',
  negative: () => 'cannot be negative',
  'too-many-decimals': (decimals) =>
    decimals === 0
      ? 'cannot have decimals in this currency'
      : `has more than ${decimals} decimals, the most this currency has`,
}

const YES = new Set(['yes', 'y', 'true', '1', 'x'])
const NO = new Set(['no', 'n', 'false', '0', ''])

/**
 * Reads the fields of one CSV row of a sales import, adding a problem naming the line and the
 * field for each that is wrong. Each reader returns a value to carry on with even when the field
 * is bad, so the rest of the row is still checked.
 */
export class FieldReader {
  constructor(
    readonly line: number,
    readonly problems: ImportProblem[],
  ) {}

  problem(field: string, message: string): void {
    this.problems.push({ line: this.line, field, message })
  }

  /** Trimmed text, at most `max` characters; empty is refused when `required` names the thing. */
  text(value: string, field: string, max: number, required?: string): string {
    const text = value.trim()
    if (!text && required) this.problem(field, `${required} is required`)
    else if (text.length > max) this.problem(field, `Longer than ${max} characters`)
    return text
  }

  /** A non-negative amount in minor units, or null when the field is empty. */
  money(value: string, field: string, decimals: number): bigint | null {
    const text = value.trim()
    if (!text) return null
    const parsed = parseMoney(text, decimals)
    if (parsed.ok) return parsed.value
    this.problem(field, `${text} ${NUMBER_MESSAGES[parsed.reason](decimals)}`)
    return null
  }

  /** A quantity in thousandths, more than zero. */
  quantity(value: string, field: string): bigint | null {
    const text = value.trim()
    if (!text) {
      this.problem(field, 'The quantity is required')
      return null
    }
    const parsed = parseMoney(text, QUANTITY_DECIMALS, { allowNegative: true })
    if (!parsed.ok) {
      this.problem(
        field,
        parsed.reason === 'too-many-decimals'
          ? `${text} has more than ${QUANTITY_DECIMALS} decimals`
          : `${text} is not a number (write it like 2 or 1.5)`,
      )
      return null
    }
    if (parsed.value <= 0n) {
      this.problem(field, `The quantity must be more than zero, not ${text}`)
      return null
    }
    return parsed.value
  }

  /** yes/no (also y/n, true/false, 1/0, x); empty is no. */
  flag(value: string, field: string): boolean {
    const text = value.trim().toLowerCase()
    if (YES.has(text)) return true
    if (NO.has(text)) return false
    this.problem(field, `${value.trim()} is not yes or no`)
    return false
  }

  /** One of `choices` (any case); empty gives `fallback` when there is one. */
  choice<T extends string>(value: string, field: string, choices: readonly T[], fallback?: T): T {
    const text = value.trim().toLowerCase().replaceAll('-', '_') as T
    if (choices.includes(text)) return text
    if (!text && fallback) return fallback
    this.problem(
      field,
      `${value.trim() || '(empty)'} is not one of ${choices.map((c) => c.replaceAll('_', '-')).join(', ')}`,
    )
    return fallback ?? choices[0]!
  }

  /** A whole number from `min` to `max`; empty gives `fallback`. */
  whole(value: string, field: string, min: number, max: number, fallback: number): number {
    const text = value.trim()
    if (!text) return fallback
    if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
      this.problem(field, `${text} is not a whole number from ${min} to ${max}`)
      return fallback
    }
    return Number(text)
  }
}

/** "lines 3, 4" or "line 3": where a multi-line record sits in the file. */
export function linesText(lines: number[]): string {
  return lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.join(', ')}`
}
