import type { ImportProblem } from '../../shared/errors'
import { Notice } from '../components/notice'
import { useI18n } from '../i18n/i18n-context'

/** What an import (or its check) posted but is worth a look, such as a credit limit passed. */
export function ImportWarnings(props: { warnings: readonly ImportProblem[] | undefined }) {
  const { t, format } = useI18n()
  if (!props.warnings || props.warnings.length === 0) return null
  return (
    <Notice tone="info">
      <p>{t('import.warnings')}</p>
      <ul className="plain-list import-warnings">
        {props.warnings.map((warning, index) => (
          <li key={index} data-line={warning.line}>
            <span className="mono">
              {t('import.col.line')} {format.number(warning.line)}
            </span>
            : <span dir="auto">{warning.message}</span>
          </li>
        ))}
      </ul>
    </Notice>
  )
}
