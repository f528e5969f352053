import { FORMULA_INPUTS } from '../../../shared/domain/payroll-inputs'
import { useI18n } from '../../i18n/i18n-context'

/** The names a formula may use, each a button that appends it to the formula being typed. */
export function FormulaVariables(props: { codes: string[]; onPick: (name: string) => void }) {
  const { t } = useI18n()
  const pick = (name: string) => (
    <button key={name} type="button" className="mono" onClick={() => props.onPick(name)}>
      {name}
    </button>
  )
  return (
    <div className="formula-variables" aria-label={t('payComponents.variables')} role="group">
      <p className="muted">{t('payComponents.variablesHint')}</p>
      <p>
        {FORMULA_INPUTS.map((name) => (
          <span key={name} className="formula-variable">
            {pick(name)} <span className="muted">{t(`payComponents.input.${name}`)}</span>{' '}
          </span>
        ))}
      </p>
      {props.codes.length > 0 ? (
        <p>
          {t('payComponents.otherComponents')} {props.codes.map(pick)}
        </p>
      ) : null}
    </div>
  )
}
