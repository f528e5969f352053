import { Amount } from '../../components/amount'
import { Quantity } from '../../components/quantity'
import { accountLabel } from '../../journal/account-match'
import { useAccounts } from '../../state/services'
import type { LineColumn } from './document-lines'

/** The columns every document's lines have, under the page's own headings. */
export const lineColumns = {
  description: (label: string): LineColumn => ({
    key: 'description',
    label,
    cell: (line) => line.description,
  }),
  quantity: (label: string): LineColumn => ({
    key: 'quantity',
    label,
    end: true,
    cell: (line) => <Quantity value={line.quantity} />,
  }),
  unitPrice: (label: string): LineColumn => ({
    key: 'unitPrice',
    label,
    end: true,
    cell: (line) => <Amount value={line.unitPrice} />,
  }),
  /** An amount of each line, totalled for the document. */
  amount: (key: 'net' | 'tax' | 'gross', label: string): LineColumn => ({
    key,
    label,
    end: true,
    cell: (line) => <Amount value={line[key]} />,
    total: (doc) => doc[key],
  }),
}

/** The account each line posts to, by its code and name. */
export function useAccountColumn(label: string): LineColumn {
  const accounts = useAccounts((store) => store.byId)
  return {
    key: 'account',
    label,
    cell: (line) => {
      const found = accounts.get(line.accountId)
      return found ? accountLabel(found) : ''
    },
  }
}
