/** Paging for the virtualised journal list: which pages of rows the visible window needs. */
export const PAGE_SIZE = 200

export function pageOf(index: number, pageSize = PAGE_SIZE): number {
  return Math.floor(index / pageSize)
}

/** Pages covering rows [first, last], plus one page of read-ahead each way, within `total`. */
export function pagesToLoad(
  first: number,
  last: number,
  total: number,
  loaded: ReadonlySet<number>,
  pageSize = PAGE_SIZE,
): number[] {
  if (total <= 0 || last < first) return []
  const lastPage = pageOf(total - 1, pageSize)
  const from = Math.max(0, pageOf(first, pageSize) - 1)
  const to = Math.min(lastPage, pageOf(last, pageSize) + 1)
  const pages: number[] = []
  for (let page = from; page <= to; page++) if (!loaded.has(page)) pages.push(page)
  return pages
}

/** Pages to forget when more than `keep` are held: the ones farthest from the page in view. */
export function pagesToEvict(loaded: Iterable<number>, center: number, keep: number): number[] {
  const pages = [...loaded]
  if (pages.length <= keep) return []
  pages.sort((a, b) => Math.abs(b - center) - Math.abs(a - center))
  return pages.slice(0, pages.length - keep)
}
