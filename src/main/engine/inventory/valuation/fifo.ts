import { share, type Layer, type Pool } from './pool'

/** First in, first out: incoming moves are layers, taken oldest first. */
export class FifoPool implements Pool {
  quantity = 0n
  /** Layers whose remaining quantity or value changed since loading, by move id. */
  readonly touched = new Set<Layer>()

  constructor(readonly layers: Layer[] = []) {
    for (const layer of layers) this.quantity += layer.quantity
  }

  add(moveId: bigint, quantity: bigint, value: bigint): void {
    const layer = { moveId, quantity, value }
    this.layers.push(layer)
    this.touched.add(layer)
    this.quantity += quantity
  }

  take(quantity: bigint, preferMoveId?: bigint): bigint {
    let need = quantity
    let value = 0n
    if (preferMoveId !== undefined) {
      const own = this.layers.find((layer) => layer.moveId === preferMoveId)
      if (own) {
        const taken = this.takeFrom(own, need)
        need -= taken.quantity
        value += taken.value
      }
    }
    for (const layer of this.layers) {
      if (need === 0n) break
      const taken = this.takeFrom(layer, need)
      need -= taken.quantity
      value += taken.value
    }
    this.quantity -= quantity - need
    while (this.layers.length > 0 && this.layers[0]!.quantity === 0n) this.layers.shift()
    return value
  }

  private takeFrom(layer: Layer, need: bigint): { quantity: bigint; value: bigint } {
    if (layer.quantity === 0n) return { quantity: 0n, value: 0n }
    const quantity = need < layer.quantity ? need : layer.quantity
    const value = share(layer.value, layer.quantity, quantity)
    layer.quantity -= quantity
    layer.value -= value
    this.touched.add(layer)
    return { quantity, value }
  }
}
