import { addDays, daysInMonth } from '../../../shared/dates'
import type { Dice } from './prng'
import { ShopStock, type PlannedStock } from './shop-stock'

/** One line of a planned entry: an account code of the standard chart and an amount in cents. */
export type PlannedLine = [code: string, debitCents: number, creditCents: number]

export interface PlannedEntry {
  date: string
  reference: string
  memo: string
  lines: PlannedLine[]
  /** For a reversal: the reference of the planned entry it reverses. */
  reverses?: string
  /**
   * Trade on account with the wholesaler, posted as its bill (and the bill's payment) through the
   * purchasing services rather than as a journal, so payables hold only suppliers' open items.
   */
  wholesaler?: 'bill' | 'payment'
  /** Stock the shop moves, posted as a stock document (its journal is the engine's), not as lines. */
  stock?: PlannedStock
}

/**
 * A small shop's year: the owner's capital and a bank loan to start, opening stock (brought in by
 * the owner), daily cash and card takings with the goods they sold (delivered from stock weekly),
 * weekly restocking on credit paid two weeks later, cash
 * banked weekly, monthly rent, wages, utilities, loan repayments and bank fees, some marketing and
 * office supplies, and two mistakes put right by reversal. Amounts are in cents of a dollar-like
 * unit; the caller scales them to the company's currency.
 */
export function planShopYear(
  from: string,
  to: string,
  dice: Dice,
  /** From this date wages are paid by payroll runs, not by hand journals. */
  payrollFrom = '9999-12-31',
): PlannedEntry[] {
  const plan: PlannedEntry[] = []
  const add = (entry: PlannedEntry) => plan.push(entry)
  const dollars = (min: number, max: number) => dice.int(min * 100, max * 100)

  add({
    date: from,
    reference: 'CAP-1',
    memo: "Owner's capital",
    lines: [
      ['1120', 2_000_000, 0],
      ['3100', 0, 2_000_000],
    ],
  })
  add({
    date: from,
    reference: 'LOAN-1',
    memo: 'Bank loan',
    lines: [
      ['1120', 1_500_000, 0],
      ['2400', 0, 1_500_000],
    ],
  })
  const shop = new ShopStock(from)
  add({ date: from, reference: 'OS-0', memo: 'Opening stock', lines: [], stock: shop.opening() })

  let cashOnHand = 0
  let purchases = 0
  for (let date = from, day = 0; date <= to; date = addDays(date, 1), day++) {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay()
    const dayOfMonth = Number(date.slice(8, 10))
    const lastDay = daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)))
    const month = date.slice(0, 7)

    if (weekday !== 0) {
      // Saturdays are busier; December is the best month.
      const boost = (weekday === 6 ? 1.4 : 1) * (date.slice(5, 7) === '12' ? 1.3 : 1)
      const cash = Math.round(dollars(150, 600) * boost)
      const card = Math.round(dollars(200, 900) * boost)
      const cost = Math.round(((cash + card) * dice.int(55, 65)) / 100)
      add({
        date,
        reference: `TAK-${date}`,
        memo: 'Daily takings',
        lines: [
          ['1110', cash, 0],
          ['1120', card, 0],
          ['4100', 0, cash + card],
        ],
      })
      shop.sell(cost)
      cashOnHand += cash
    }
    const sales = weekday === 6 || date === to ? shop.takeSales() : null
    if (sales) add({ date, reference: `TILL-${date}`, memo: 'Till sales', lines: [], stock: sales })
    const restock = weekday === 1 && day > 0 ? shop.restock(date, dice.int(90, 115)) : null
    if (restock) {
      purchases++
      const amount = restock.cents
      const reference = `WH-${1000 + purchases}`
      // Received into stock against goods received not invoiced, which the bill then clears.
      add({
        date,
        reference: `GR-${purchases}`,
        memo: `Stock received from the wholesaler, ${reference}`,
        lines: [],
        stock: restock.stock,
      })
      add({
        date,
        reference,
        memo: 'Stock from the wholesaler, on account',
        lines: [
          ['2150', amount, 0],
          ['2100', 0, amount],
        ],
        wholesaler: 'bill',
      })
      const due = addDays(date, 14)
      if (due <= to)
        add({
          date: due,
          reference: `PAY-${purchases}`,
          memo: `Paid ${reference}`,
          lines: [
            ['2100', amount, 0],
            ['1120', 0, amount],
          ],
          wholesaler: 'payment',
        })
    }
    if (weekday === 6 && cashOnHand > 20_000) {
      const banked = cashOnHand - 20_000
      add({
        date,
        reference: `DEP-${date}`,
        memo: 'Cash banked',
        lines: [
          ['1120', banked, 0],
          ['1110', 0, banked],
        ],
      })
      cashOnHand = 20_000
    }
    if (dayOfMonth === 1)
      add({
        date,
        reference: `RENT-${month}`,
        memo: 'Shop rent',
        lines: [
          ['6100', 180_000, 0],
          ['1120', 0, 180_000],
        ],
      })
    if (dayOfMonth === 5 && date > from)
      add({
        date,
        reference: `LOAN-${month}`,
        memo: 'Loan repayment and interest',
        lines: [
          ['2400', 35_000, 0],
          ['6900', dollars(50, 70), 0],
          ['1120', 0, 0],
        ],
      })
    if (dayOfMonth === 15)
      add({
        date,
        reference: `UTIL-${month}`,
        memo: 'Electricity and water',
        lines: [
          ['6300', dollars(180, 320), 0],
          ['1120', 0, 0],
        ],
      })
    if (dayOfMonth === 20 && dice.chance(0.4)) {
      const supplies = dollars(40, 120)
      add({
        date,
        reference: `OFF-${month}`,
        memo: 'Office supplies, paid from the till',
        lines: [
          ['6400', supplies, 0],
          ['1110', 0, supplies],
        ],
      })
      cashOnHand -= supplies
    }
    if (dayOfMonth === 10 && Number(date.slice(5, 7)) % 3 === 1)
      add({
        date,
        reference: `MKT-${month}`,
        memo: 'Leaflets and online ads',
        lines: [
          ['6500', dollars(200, 400), 0],
          ['1120', 0, 0],
        ],
      })
    if (dayOfMonth === lastDay) {
      // Rolled either way, so the rest of the year stays the same for each seed.
      const wages = dollars(3000, 3400)
      if (date < payrollFrom)
        add({
          date,
          reference: `WAGES-${month}`,
          memo: 'Wages',
          lines: [
            ['6200', wages, 0],
            ['1120', 0, 0],
          ],
        })
      add({
        date,
        reference: `FEES-${month}`,
        memo: 'Bank and card fees',
        lines: [
          ['6600', dollars(12, 25), 0],
          ['1120', 0, 0],
        ],
      })
    }
  }
  addMistakes(plan, add)
  return plan.map(balanceLastLine).sort((a, b) => a.date.localeCompare(b.date))
}

/** Two slips and their reversals: a utility bill entered twice, and rent keyed as wages. */
function addMistakes(plan: PlannedEntry[], add: (entry: PlannedEntry) => void): void {
  const bill = plan.find((entry) => entry.reference.startsWith('UTIL-'))
  if (bill) {
    const twice = {
      ...bill,
      reference: `${bill.reference}-DUP`,
      memo: `${bill.memo} (entered twice)`,
    }
    add(twice)
    add({
      ...twice,
      date: addDays(twice.date, 3),
      memo: 'Reversal',
      reverses: twice.reference,
      lines: [],
    })
  }
  const rents = plan.filter((entry) => entry.reference.startsWith('RENT-'))
  const rent = rents[Math.floor(rents.length / 2)]
  if (rent) {
    const wrong: PlannedEntry = {
      date: addDays(rent.date, 1),
      reference: `${rent.reference}-W`,
      memo: 'Rent (posted to wages by mistake)',
      lines: [
        ['6200', 180_000, 0],
        ['1120', 0, 180_000],
      ],
    }
    add(wrong)
    add({
      ...wrong,
      date: addDays(wrong.date, 1),
      memo: 'Reversal',
      reverses: wrong.reference,
      lines: [],
    })
  }
}

/** A line planned with nothing on either side takes what balances the entry. */
function balanceLastLine(entry: PlannedEntry): PlannedEntry {
  const open = entry.lines.find(([, debit, credit]) => debit === 0 && credit === 0)
  if (!open) return entry
  const net = entry.lines.reduce((sum, [, debit, credit]) => sum + debit - credit, 0)
  return {
    ...entry,
    lines: entry.lines.map((line) =>
      line === open ? [line[0], net < 0 ? -net : 0, net > 0 ? net : 0] : line,
    ),
  }
}
