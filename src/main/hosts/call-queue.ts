/**
 * Runs calls one at a time, in arrival order. The engine is synchronous and holds one open
 * company, so a host must never let two procedures interleave (one could close the company the
 * other is writing to while it awaits). Each host makes its own queue.
 */
export interface CallQueue {
  run<T>(call: () => Promise<T> | T): Promise<T>
}

export function createCallQueue(): CallQueue {
  let tail: Promise<unknown> = Promise.resolve()
  return {
    run<T>(call: () => Promise<T> | T): Promise<T> {
      const result = tail.then(call, call)
      tail = result.catch(() => undefined)
      return result
    },
  }
}
