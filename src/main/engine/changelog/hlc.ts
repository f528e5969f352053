/**
 * A hybrid logical clock: wall-clock milliseconds plus a counter, so that every change made on any
 * device gets a time that sorts after everything that device has seen, even if its clock is behind.
 * Rendered as fixed-width text (`<ms:15>-<counter:5>-<device>`) so that text order is time order.
 */
export class HybridLogicalClock {
  private millis = 0
  private counter = 0

  constructor(
    private readonly deviceId: string,
    private readonly wallClock: () => number = Date.now,
  ) {}

  /** A new timestamp for a local change. */
  now(): string {
    const wall = this.wallClock()
    if (wall > this.millis) {
      this.millis = wall
      this.counter = 0
    } else {
      this.counter += 1
    }
    return format(this.millis, this.counter, this.deviceId)
  }

  /** Moves the clock past a timestamp received from another device (sync). */
  receive(remote: string): void {
    const { millis, counter } = parseHlc(remote)
    const wall = this.wallClock()
    const newest = Math.max(wall, millis, this.millis)
    if (newest === this.millis && newest === millis)
      this.counter = Math.max(this.counter, counter) + 1
    else if (newest === this.millis) this.counter += 1
    else if (newest === millis) this.counter = counter + 1
    else this.counter = 0
    this.millis = newest
  }
}

export function parseHlc(text: string): { millis: number; counter: number; deviceId: string } {
  const [millis, counter, ...device] = text.split('-')
  return {
    millis: Number(millis),
    counter: parseInt(counter ?? '0', 16),
    deviceId: device.join('-'),
  }
}

function format(millis: number, counter: number, deviceId: string): string {
  return `${String(millis).padStart(15, '0')}-${counter.toString(16).padStart(5, '0')}-${deviceId}`
}
