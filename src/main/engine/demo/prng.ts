/** mulberry32: a tiny seeded PRNG, so that one seed always gives the same demo books. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface Dice {
  /** A whole number from min to max, both included. */
  int(min: number, max: number): number
  /** True with the given probability. */
  chance(probability: number): boolean
}

export function dice(seed: number): Dice {
  const next = mulberry32(seed)
  return {
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
  }
}
