import type { InputHTMLAttributes } from 'react'
import type { TaxBracket } from '../../../shared/domain/payroll'
import { useI18n } from '../../i18n/i18n-context'
import { DecimalInput } from './decimal-input'

/** One figure of a band, with the engine's refusal of it below. */
function BandCell(props: InputHTMLAttributes<HTMLInputElement> & { error: string | undefined }) {
  const { error, ...input } = props
  return (
    <td>
      <DecimalInput aria-invalid={error ? true : undefined} {...input} />
      {error ? (
        <div className="cell-error" role="alert">
          {error}
        </div>
      ) : null}
    </td>
  )
}

/**
 * Brackets or contribution bands: each a top (blank: no top, the last one) and a rate in percent.
 * A cap is a band with rate 0 above it. `path` is where the engine names these bands in its errors.
 */
export function BandsEditor(props: {
  label: string
  bands: TaxBracket[]
  path: string
  errors: Partial<Record<string, string>>
  onChange: (bands: TaxBracket[]) => void
}) {
  const { t } = useI18n()
  const { bands, path, errors } = props
  const change = (index: number, patch: Partial<TaxBracket>) =>
    props.onChange(bands.map((band, at) => (at === index ? { ...band, ...patch } : band)))
  const listError = errors[path]
  return (
    <fieldset className="bands-editor">
      <legend>{props.label}</legend>
      <table className="grid" aria-label={props.label}>
        <thead>
          <tr>
            <th className="col-code">#</th>
            <th>{t('rulePacks.band.upTo')}</th>
            <th>{t('rulePacks.band.rate')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {bands.map((band, index) => {
            const n = index + 1
            return (
              <tr key={index}>
                <td>{n}</td>
                <BandCell
                  aria-label={t('rulePacks.band.upToOf', { label: props.label, n })}
                  placeholder={t('rulePacks.band.noTop')}
                  error={errors[`${path}.${index}.upTo`]}
                  value={band.upTo ?? ''}
                  onChange={(event) =>
                    change(index, { upTo: event.target.value.trim() ? event.target.value : null })
                  }
                />
                <BandCell
                  aria-label={t('rulePacks.band.rateOf', { label: props.label, n })}
                  error={errors[`${path}.${index}.rate`]}
                  value={band.rate}
                  onChange={(event) => change(index, { rate: event.target.value })}
                />
                <td>
                  <button
                    type="button"
                    aria-label={t('rulePacks.band.remove', { label: props.label, n })}
                    disabled={bands.length === 1}
                    onClick={() => props.onChange(bands.filter((_, at) => at !== index))}
                  >
                    ×
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {listError ? (
        <div className="field-error" role="alert">
          {listError}
        </div>
      ) : null}
      <button
        type="button"
        onClick={() => {
          // The new band goes before an open-ended last one, so the last still has no top.
          const last = bands[bands.length - 1]
          const next = { upTo: '', rate: '0' }
          props.onChange(
            last && last.upTo === null ? [...bands.slice(0, -1), next, last] : [...bands, next],
          )
        }}
      >
        {t('rulePacks.band.add', { label: props.label })}
      </button>
    </fieldset>
  )
}
