/** A stock line the plan decides: an item's code, whole units of its base unit, and its cost. */
export interface PlannedStockLine {
  code: string
  quantity: number
  /** Per unit, in cents of the demo's dollar-like unit: what it came in at (not for deliveries). */
  costCents?: number
}

/** Stock the shop moves: posted as a stock document by the inventory demo, never as a journal. */
export interface PlannedStock {
  type: 'opening' | 'receipt' | 'delivery'
  lines: PlannedStockLine[]
}

interface ShopItem {
  code: string
  /** What the wholesaler charged per unit when the demo year began; it creeps up every month. */
  costCents: number
  /** Its part of the till's cost of goods, in percent. */
  share: number
  /** How many the shop shelves hold after restocking. */
  par: number
  /** Restocked in whole packs of this many (mugs and tea come by the box of 12). */
  pack: number
}

const SHOP_ITEMS: ShopItem[] = [
  { code: 'COF-1KG', costCents: 1_300, share: 40, par: 200, pack: 1 },
  { code: 'COF-DEC', costCents: 1_500, share: 15, par: 70, pack: 1 },
  { code: 'TEA-100', costCents: 320, share: 15, par: 300, pack: 12 },
  { code: 'MUG-LOGO', costCents: 380, share: 10, par: 180, pack: 12 },
  { code: 'GRINDER', costCents: 9_800, share: 20, par: 14, pack: 1 },
]

/**
 * The shop floor's stock through the demo year, in whole units: what the till sells each day (the
 * day's cost of goods spread over the items by their shares, never more than is on the shelf),
 * and the weekly restocking back up to about the shelves' par. Deterministic, so that the plan
 * (and the wholesaler's bill, which must equal what was received) follows from the seed alone.
 */
export class ShopStock {
  private readonly onHand = new Map<string, number>()
  private readonly sold = new Map<string, number>()
  /** Fractions of a unit the till has sold but not yet rung up as a whole one. */
  private readonly owed = new Map<string, number>()

  constructor(private readonly from: string) {}

  /** The shelves filled to par at the demo's start. */
  opening(): PlannedStock {
    for (const item of SHOP_ITEMS) this.onHand.set(item.code, item.par)
    return {
      type: 'opening',
      lines: SHOP_ITEMS.map((item) => ({
        code: item.code,
        quantity: item.par,
        costCents: item.costCents,
      })),
    }
  }

  /** A trading day: goods worth about `costCents` at cost leave the shelves. */
  sell(costCents: number): void {
    for (const item of SHOP_ITEMS) {
      const owed = (this.owed.get(item.code) ?? 0) + (costCents * item.share) / 100 / item.costCents
      const left = this.onHand.get(item.code)!
      const units = Math.min(Math.floor(owed), left)
      this.owed.set(item.code, owed - Math.floor(owed))
      this.onHand.set(item.code, left - units)
      this.sold.set(item.code, (this.sold.get(item.code) ?? 0) + units)
    }
  }

  /** What the till sold since the last call, as one delivery; null when nothing was. */
  takeSales(): PlannedStock | null {
    const lines = SHOP_ITEMS.map((item) => ({
      code: item.code,
      quantity: this.sold.get(item.code) ?? 0,
    })).filter((line) => line.quantity > 0)
    this.sold.clear()
    return lines.length ? { type: 'delivery', lines } : null
  }

  /**
   * Fills the shelves back to `percent` of par in whole packs, at the wholesaler's prices on
   * `date`; null when nothing is short.
   */
  restock(date: string, percent: number): { stock: PlannedStock; cents: number } | null {
    const lines: PlannedStockLine[] = []
    for (const item of SHOP_ITEMS) {
      const short = Math.ceil((item.par * percent) / 100) - this.onHand.get(item.code)!
      if (short <= 0) continue
      const quantity = Math.ceil(short / item.pack) * item.pack
      this.onHand.set(item.code, this.onHand.get(item.code)! + quantity)
      lines.push({ code: item.code, quantity, costCents: this.costOn(item, date) })
    }
    if (!lines.length) return null
    const cents = lines.reduce((sum, line) => sum + line.quantity * line.costCents!, 0)
    return { stock: { type: 'receipt', lines }, cents }
  }

  /** Half a percent dearer for each month since the demo began. */
  private costOn(item: ShopItem, date: string): number {
    const months =
      (Number(date.slice(0, 4)) - Number(this.from.slice(0, 4))) * 12 +
      Number(date.slice(5, 7)) -
      Number(this.from.slice(5, 7))
    return item.costCents + Math.floor((item.costCents * months) / 200)
  }
}
