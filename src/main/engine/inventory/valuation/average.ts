import { share, type Pool } from './pool'

/** Moving average: one running quantity and value; what goes out takes its share. */
export class AveragePool implements Pool {
  constructor(
    public quantity = 0n,
    public value = 0n,
  ) {}

  add(_moveId: bigint, quantity: bigint, value: bigint): void {
    this.quantity += quantity
    this.value += value
  }

  take(quantity: bigint): bigint {
    const value = share(this.value, this.quantity, quantity)
    this.quantity -= quantity
    this.value -= value
    return value
  }
}
