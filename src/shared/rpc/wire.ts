/**
 * JSON for the http host: bigints (money) travel as {"$bigint":"123"} and come back as bigints,
 * so the renderer sees the same types over HTTP as over Electron's IPC (which clones bigints).
 */
export function toWire(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'bigint' ? { $bigint: item.toString() } : item,
  )
}

export function fromWire<T = unknown>(text: string): T {
  return JSON.parse(text, (_key, item: unknown) =>
    item !== null &&
    typeof item === 'object' &&
    '$bigint' in item &&
    typeof item.$bigint === 'string'
      ? BigInt(item.$bigint)
      : item,
  ) as T
}
