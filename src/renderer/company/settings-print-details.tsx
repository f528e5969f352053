import { useEffect, useState, type FormEvent } from 'react'
import { asRpcError } from '../api/rpc-error'
import { Field } from '../components/field'
import { Notice } from '../components/notice'
import { useI18n } from '../i18n/i18n-context'
import { useInvoke } from '../state/services'

type Details = { address: string; taxId: string; footer: string; logoBase64: string | null }

const LOGO_TYPES: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpeg' }
/** The contract's cap on the logo's base64 text. */
const MAX_LOGO_CHARS = 4_000_000

/** The file's bytes as base64, without the data URL's prefix. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'))
    reader.readAsDataURL(file)
  })
}

/** The company's address, tax id, footer and logo as printed on quotes, invoices and receipts. */
export function PrintDetailsForm() {
  const { t } = useI18n()
  const invoke = useInvoke()
  const [details, setDetails] = useState<Details | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saved, setSaved] = useState(false)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let current = true
    invoke('print.details', {}).then(
      (loaded) => current && setDetails(loaded),
      (caught: unknown) => current && setErrors({ form: asRpcError(caught).message }),
    )
    return () => {
      current = false
    }
  }, [invoke])

  if (!details) return errors.form ? <Notice tone="error">{errors.form}</Notice> : null

  const change = (patch: Partial<Details>) => {
    setDetails({ ...details, ...patch })
    setSaved(false)
  }
  const pickLogo = async (file: File | undefined) => {
    if (!file) return
    if (!LOGO_TYPES[file.type]) return setErrors({ logo: t('printDetails.badLogo') })
    const base64 = await readBase64(file)
    if (base64.length > MAX_LOGO_CHARS) return setErrors({ logo: t('printDetails.badLogo') })
    setErrors({})
    change({ logoBase64: base64 })
  }
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setErrors({})
    try {
      setDetails(await invoke('print.setDetails', details))
      setSaved(true)
    } catch (caught) {
      const error = asRpcError(caught)
      setErrors(error.field ? { [error.field]: error.message } : { form: error.message })
    } finally {
      setBusy(false)
    }
  }
  const errorOf = (field: string) => errors[field] ?? null

  return (
    <form className="card settings-card print-details" onSubmit={(event) => void onSubmit(event)}>
      <h2>{t('printDetails.title')}</h2>
      {saved ? <Notice tone="success">{t('printDetails.saved')}</Notice> : null}
      {errors.form ? <Notice tone="error">{errors.form}</Notice> : null}
      <Field label={t('printDetails.address')} error={errorOf('address')}>
        <textarea
          rows={3}
          dir="auto"
          value={details.address}
          onChange={(event) => change({ address: event.target.value })}
        />
      </Field>
      <Field label={t('printDetails.taxId')} error={errorOf('taxId')} className="narrow">
        <input
          dir="auto"
          value={details.taxId}
          onChange={(event) => change({ taxId: event.target.value })}
        />
      </Field>
      <Field label={t('printDetails.footer')} error={errorOf('footer')}>
        <textarea
          rows={2}
          dir="auto"
          value={details.footer}
          onChange={(event) => change({ footer: event.target.value })}
        />
      </Field>
      <Field label={t('printDetails.logo')} error={errorOf('logo') ?? errorOf('logoBase64')}>
        <input
          type="file"
          accept="image/png,image/jpeg"
          onChange={(event) => void pickLogo(event.target.files?.[0])}
        />
      </Field>
      {details.logoBase64 ? (
        <div className="inline-row">
          {/* JPEG's base64 starts with "/9j/"; the stored logo carries no type of its own. */}
          <img
            className="print-logo"
            alt={t('printDetails.logo')}
            src={`data:image/${details.logoBase64.startsWith('/9j/') ? 'jpeg' : 'png'};base64,${details.logoBase64}`}
          />
          <button type="button" className="quiet" onClick={() => change({ logoBase64: null })}>
            {t('printDetails.removeLogo')}
          </button>
        </div>
      ) : null}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('printDetails.save')}
        </button>
      </div>
    </form>
  )
}
