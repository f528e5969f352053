import type { GeneralLedger } from '../../../../shared/domain/reports'
import { toDecimalString } from '../../../../shared/money'
import type { Grid, GridCaption, GridRow } from './grid'

export function generalLedgerJson(report: GeneralLedger): unknown {
  const amount = (minor: bigint) => toDecimalString(minor, report.decimals)
  return {
    from: report.from,
    to: report.to,
    currency: report.currency,
    accounts: report.accounts.map((account) => ({
      code: account.code,
      name: account.name,
      type: account.type,
      opening: amount(account.opening),
      lines: account.lines.map((line) => ({
        date: line.date,
        number: line.number,
        reference: line.reference,
        memo: line.memo,
        debit: amount(line.debit),
        credit: amount(line.credit),
        balance: amount(line.balance),
      })),
      totalDebit: amount(account.totalDebit),
      totalCredit: amount(account.totalCredit),
      closing: amount(account.closing),
    })),
  }
}

/** Per account: a caption, the opening balance, each line with its running balance, the totals. */
export function generalLedgerGrid(report: GeneralLedger): Grid {
  const rows: (GridRow | GridCaption)[] = []
  for (const account of report.accounts) {
    const named = { account_code: account.code, account_name: account.name }
    const summary = (date: string, memo: string, balance: bigint) => ({
      ...named,
      date,
      number: '',
      reference: '',
      memo,
      balance,
    })
    rows.push({ caption: `${account.code} ${account.name}` })
    rows.push({ cells: { ...summary(report.from, 'Opening balance', account.opening) } })
    for (const line of account.lines) {
      rows.push({
        cells: {
          ...named,
          date: line.date,
          number: line.number,
          reference: line.reference,
          memo: line.memo,
          debit: line.debit,
          credit: line.credit,
          balance: line.balance,
        },
      })
    }
    rows.push({
      rule: true,
      cells: {
        ...summary(report.to, 'Closing balance', account.closing),
        debit: account.totalDebit,
        credit: account.totalCredit,
      },
    })
  }
  return {
    title: `${report.companyName}: general ledger ${report.from} to ${report.to} (${report.currency})`,
    decimals: report.decimals,
    columns: [
      { key: 'account_code', label: 'Account', kind: 'text', only: 'csv' },
      { key: 'account_name', label: 'Account name', kind: 'text', only: 'csv' },
      { key: 'date', label: 'Date', kind: 'text' },
      { key: 'number', label: 'Number', kind: 'text' },
      { key: 'reference', label: 'Reference', kind: 'text' },
      { key: 'memo', label: 'Memo', kind: 'text' },
      { key: 'debit', label: 'Debit', kind: 'amount' },
      { key: 'credit', label: 'Credit', kind: 'amount' },
      { key: 'balance', label: 'Balance', kind: 'amount' },
    ],
    rows,
  }
}
