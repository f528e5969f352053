import type { SalesDocument } from '../../../shared/domain/sales'

/** An invoice the payment may pay: what is still owed on it, oldest due first. */
export interface OpenInvoice {
  id: string
  number: string
  date: string
  dueDate: string
  outstanding: bigint
}

export function openInvoicesOf(invoices: readonly SalesDocument[]): OpenInvoice[] {
  return invoices
    .filter((doc) => doc.status === 'posted' && doc.outstanding > 0n)
    .map((doc) => ({
      id: doc.id,
      number: doc.number ?? '',
      date: doc.date,
      dueDate: doc.dueDate,
      outstanding: doc.outstanding,
    }))
    .sort((a, b) =>
      a.dueDate !== b.dueDate
        ? a.dueDate < b.dueDate
          ? -1
          : 1
        : a.date !== b.date
          ? a.date < b.date
            ? -1
            : 1
          : a.number.localeCompare(b.number),
    )
}

/** The amount spread over the invoices, oldest due first; what is left over is returned too. */
export function allocateOldestFirst(
  invoices: readonly OpenInvoice[],
  amount: bigint,
): { amounts: bigint[]; left: bigint } {
  let left = amount > 0n ? amount : 0n
  const amounts = invoices.map((invoice) => {
    const pay = left < invoice.outstanding ? left : invoice.outstanding
    left -= pay
    return pay
  })
  return { amounts, left }
}
