import { useState, type FormEvent } from 'react'
import { asRpcError } from '../api/rpc-error'
import { Field } from '../components/field'
import { Notice } from '../components/notice'
import { useI18n } from '../i18n/i18n-context'
import { useInvoke, useServices } from '../state/services'

type Outcome = { kind: 'saved'; date: string } | { kind: 'cleared' }

/**
 * Sets or removes the lock date (company.setLockDate). The engine is the judge: its refusal
 * lands under the field, and the session takes in the new settings so every screen sees them.
 */
export function LockDateForm(props: { lockDate: string | null }) {
  const { t, format } = useI18n()
  const invoke = useInvoke()
  const sessionStore = useServices().session
  const [date, setDate] = useState(props.lockDate ?? '')
  const [error, setError] = useState<string | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [busy, setBusy] = useState(false)

  const save = async (lockDate: string | null) => {
    setError(null)
    setOutcome(null)
    if (lockDate !== null && !lockDate) {
      setError(t('settings.lock.required'))
      return
    }
    setBusy(true)
    try {
      const settings = await invoke('company.setLockDate', { lockDate })
      const state = sessionStore.getState().session
      if (state?.company)
        sessionStore.getState().apply({ ...state, company: { ...state.company, ...settings } })
      setDate(settings.lockDate ?? '')
      setOutcome(
        settings.lockDate ? { kind: 'saved', date: settings.lockDate } : { kind: 'cleared' },
      )
    } catch (caught) {
      setError(asRpcError(caught).message)
    } finally {
      setBusy(false)
    }
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    void save(date)
  }

  return (
    <form className="card settings-card lock-form" onSubmit={onSubmit} noValidate>
      <h2>{t('settings.lock.title')}</h2>
      <p className="muted">{t('settings.lock.explain')}</p>
      {outcome?.kind === 'saved' ? (
        <Notice tone="success">
          {t('settings.lock.saved', { date: format.date(outcome.date) })}
        </Notice>
      ) : null}
      {outcome?.kind === 'cleared' ? (
        <Notice tone="success">{t('settings.lock.cleared')}</Notice>
      ) : null}
      {!outcome ? (
        <p className="lock-status">
          {props.lockDate
            ? t('settings.lock.current', { date: format.date(props.lockDate) })
            : t('settings.lock.none')}
        </p>
      ) : null}
      <div className="field-row lock-row">
        <Field label={t('settings.lock.field')} error={error} className="narrow">
          <input
            type="date"
            value={date}
            onChange={(event) => {
              setDate(event.target.value)
              setError(null)
            }}
          />
        </Field>
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('settings.lock.save')}
        </button>
        {props.lockDate ? (
          <button type="button" disabled={busy} onClick={() => void save(null)}>
            {t('settings.lock.clear')}
          </button>
        ) : null}
      </div>
    </form>
  )
}
