import { toDecimalString } from '../../../../shared/money'

/** Minor units with thousands grouping, for people: 123456789n, 2 -> "1,234,567.89". Exact for any size. */
export function groupedAmount(minor: bigint, decimals: number): string {
  const plain = toDecimalString(minor, decimals)
  const negative = plain.startsWith('-')
  const [whole = '', fraction] = (negative ? plain.slice(1) : plain).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',')
  return (negative ? '-' : '') + grouped + (fraction === undefined ? '' : `.${fraction}`)
}
