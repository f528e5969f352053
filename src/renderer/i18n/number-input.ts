/**
 * What people type into an amount cell, made into the plain decimal text `parseMoney` reads:
 * the locale's grouping marks dropped, its decimal sign made a dot, and native digits (Persian,
 * Arabic-Indic and others) made ASCII.
 */
export function normalizeNumberInput(text: string, locale: string): string {
  const { group, decimal } = separatorsOf(locale)
  let result = ''
  for (const char of text.trim()) {
    if (char === decimal) result += '.'
    else if (char === group || char === '\u00a0' || char === '\u202f' || char === ' ') continue
    else result += asciiDigit(char)
  }
  return result
}

export function separatorsOf(locale: string): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(1234567.5)
  return {
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
  }
}

/** Zero code points of the decimal digit blocks people type amounts in. */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0xff10]

function asciiDigit(char: string): string {
  const code = char.codePointAt(0) ?? 0
  for (const zero of DIGIT_ZEROS) {
    if (code >= zero && code <= zero + 9) return String(code - zero)
  }
  if (char === '\u066b') return '.' // Arabic decimal separator
  return char
}
