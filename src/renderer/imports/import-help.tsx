import { useI18n } from '../i18n/i18n-context'
import type { ImportKindInfo } from './import-kinds'

/** The columns a kind of import expects and a small file that would pass, ready to paste. */
export function ImportHelp(props: { info: ImportKindInfo; onExample: (text: string) => void }) {
  const { t } = useI18n()
  const example = t(props.info.example)
  return (
    <aside className="card import-help" aria-label={t(props.info.label)}>
      <h2>{t(props.info.label)}</h2>
      <p>{t(props.info.help)}</p>
      <h3>{t('import.columns')}</h3>
      <p className="import-columns mono" dir="ltr">
        {props.info.columns.map((column) => (
          <code key={column}>{column}</code>
        ))}
      </p>
      <h3>{t('import.example')}</h3>
      <pre className="import-example mono" dir="ltr">
        {example}
      </pre>
      <button type="button" className="link" onClick={() => props.onExample(example)}>
        {t('import.useExample')}
      </button>
      <p className="muted import-all-or-nothing">{t('import.help.allOrNothing')}</p>
    </aside>
  )
}
