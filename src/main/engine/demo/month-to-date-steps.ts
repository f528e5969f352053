import type { CompanyContext } from '../company/company-context'
import { cashSale } from '../sales/cash-sale'
import { held } from './inventory-demo-steps'
import type { Dice } from './prng'

/** What the counter sells: goods by the piece from the shop floor, and cups, never out of stock. */
const COUNTER_GOODS = ['COF-1KG', 'COF-DEC', 'TEA-100', 'MUG-LOGO']
const ALWAYS_THERE = 'CUPS-500'

/**
 * A walk-in sale at the counter through the cash sale service: one or two goods the shop floor
 * (the default warehouse) still holds, or a case of cups when it holds none of those picked.
 */
export function counterSale(
  ctx: CompanyContext,
  date: string,
  dice: Dice,
  items: { code: string; id: string }[],
  shopFloor: string,
): void {
  const wanted = new Map<string, bigint>()
  for (let count = dice.int(1, 2); count > 0; count--) {
    const item = items.filter((i) => COUNTER_GOODS.includes(i.code))[dice.int(0, 3)]!
    const quantity = BigInt(item.code === 'MUG-LOGO' ? dice.int(1, 4) : dice.int(1, 2)) * 1000n
    if (held(ctx, item.id, shopFloor) >= quantity + (wanted.get(item.code) ?? 0n))
      wanted.set(item.code, (wanted.get(item.code) ?? 0n) + quantity)
  }
  if (wanted.size === 0) wanted.set(ALWAYS_THERE, 1000n)
  cashSale(ctx, {
    date,
    method: dice.chance(0.45) ? 'cash' : 'card',
    lines: [...wanted].map(([code, quantity]) => ({ code, quantity })),
  })
}
