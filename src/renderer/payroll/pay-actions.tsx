import { useState } from 'react'
import type { PayRun } from '../../shared/domain/payroll'
import { asRpcError } from '../api/rpc-error'
import { useI18n } from '../i18n/i18n-context'
import { useAccounts, useInvoke } from '../state/services'
import { downloadFile } from './download'

/**
 * What can be done to the run in its state: calculate, post, pay from a bank account, download the
 * bank transfer file, reverse. Each is one engine transaction; a refusal is shown, nothing changes.
 */
export function PayActions(props: {
  run: PayRun
  onDone: (message: string) => void
  onError: (message: string) => void
}) {
  const { t, tn } = useI18n()
  const invoke = useInvoke()
  const accounts = useAccounts((store) => store.accounts) ?? []
  const banks = accounts.filter(
    (account) => account.type === 'asset' && !account.archived && account.parentId,
  )
  const [bankAccountId, setBankAccountId] = useState(
    () => banks.find((account) => account.code === '1120')?.id ?? '',
  )
  const [payDate, setPayDate] = useState(props.run.payDate)
  const { run } = props
  const act = async (work: () => Promise<string>) => {
    try {
      props.onDone(await work())
    } catch (caught) {
      props.onError(asRpcError(caught).message)
    }
  }
  const open = run.status === 'draft' || run.status === 'calculated'
  return (
    <div className="toolbar pay-actions">
      {open ? (
        <button
          type="button"
          className={run.status === 'draft' ? 'primary' : undefined}
          onClick={() =>
            act(async () => {
              const done = await invoke('payroll.runs.calculate', { id: run.id })
              return tn('payRun.calculated', done.totals.employees)
            })
          }
        >
          {t('payRun.calculate')}
        </button>
      ) : null}
      {run.status === 'calculated' ? (
        <button
          type="button"
          className="primary"
          onClick={() =>
            act(async () => {
              await invoke('payroll.runs.post', { id: run.id })
              return t('payRun.posted')
            })
          }
        >
          {t('payRun.post')}
        </button>
      ) : null}
      {run.status === 'posted' ? (
        <>
          <label className="inline-label">
            {t('payRun.payFrom')}
            <select
              value={bankAccountId}
              onChange={(event) => setBankAccountId(event.target.value)}
            >
              <option value="">—</option>
              {banks.map((account) => (
                <option key={account.id} value={account.id}>
                  {account.code} · {account.name}
                </option>
              ))}
            </select>
          </label>
          <label className="inline-label">
            {t('payRun.payDate')}
            <input
              type="date"
              value={payDate}
              onChange={(event) => setPayDate(event.target.value)}
            />
          </label>
          <button
            type="button"
            className="primary"
            onClick={() =>
              act(async () => {
                await invoke('payroll.runs.pay', {
                  id: run.id,
                  date: payDate || undefined,
                  bankAccountId: bankAccountId || undefined,
                })
                return t('payRun.paid')
              })
            }
          >
            {t('payRun.pay')}
          </button>
        </>
      ) : null}
      {run.status === 'posted' || run.status === 'paid' ? (
        <>
          <button
            type="button"
            onClick={() =>
              act(async () => {
                const { csv } = await invoke('payroll.runs.bankCsv', { id: run.id })
                downloadFile(`${run.number}-bank.csv`, csv, 'text/csv')
                return t('payRun.bankCsv')
              })
            }
          >
            {t('payRun.bankCsv')}
          </button>
          <button
            type="button"
            className="danger"
            onClick={() =>
              window.confirm(t('payRun.confirmReverse', { number: run.number })) &&
              act(async () => {
                await invoke('payroll.runs.reverse', { id: run.id })
                return t('payRun.reversed')
              })
            }
          >
            {t('payRun.reverse')}
          </button>
        </>
      ) : null}
    </div>
  )
}
