import fs from 'node:fs'
import { mulberry32 } from '../../src/main/engine/demo/prng'

/**
 * The account codes of the standard chart the generated ledger posts to (leaf accounts only; not
 * the control accounts 1200, 1300 and 2100, which a journal may not post to).
 */
const CODES = [
  '1110',
  '1120',
  '1400',
  '1500',
  '2200',
  '2300',
  '2400',
  '3100',
  '4100',
  '4200',
  '4900',
  '5100',
  '6100',
  '6200',
  '6300',
  '6400',
  '6500',
  '6600',
  '6900',
]

export interface GeneratedLine {
  date: string
  reference: string
  account: string
  debit: string
  credit: string
  memo: string
}

/**
 * Yields journal lines in whole entries of three (one debit split in two credits), spread over
 * three years, amounts with cents: `lineCount` rounded down to a multiple of three.
 */
export function* generateLines(lineCount: number, seed = 42): Generator<GeneratedLine> {
  const random = mulberry32(seed)
  const start = Date.UTC(2023, 0, 1)
  const entries = Math.floor(lineCount / 3)
  for (let entry = 0; entry < entries; entry++) {
    const date = new Date(start + Math.floor((entry / entries) * 3 * 365) * 86_400_000)
      .toISOString()
      .slice(0, 10)
    const reference = `B${entry + 1}`
    const total = 200 + Math.floor(random() * 5_000_000)
    const first = 100 + Math.floor(random() * (total - 200))
    const pick = () => CODES[Math.floor(random() * CODES.length)]!
    const lines: [string, number, number][] = [
      [pick(), total, 0],
      [pick(), 0, first],
      [pick(), 0, total - first],
    ]
    for (const [account, debit, credit] of lines) {
      yield {
        date,
        reference,
        account,
        debit: cents(debit),
        credit: cents(credit),
        memo: `Bench ${entry + 1}`,
      }
    }
  }
}

function cents(value: number): string {
  return value === 0 ? '' : `${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`
}

/** Writes the lines as a journal import CSV and returns its path. */
export function writeJournalCsv(path: string, lineCount: number): string {
  const fd = fs.openSync(path, 'w')
  let chunk = 'date,reference,account,debit,credit,memo\n'
  for (const line of generateLines(lineCount)) {
    chunk += `${line.date},${line.reference},${line.account},${line.debit},${line.credit},${line.memo}\n`
    if (chunk.length > 1 << 20) {
      fs.writeSync(fd, chunk)
      chunk = ''
    }
  }
  fs.writeSync(fd, chunk)
  fs.closeSync(fd)
  return path
}
